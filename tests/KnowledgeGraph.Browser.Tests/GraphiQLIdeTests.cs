using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>GET /graphql in real headless Chromium: GraphiQL opens on the flagship tab and runs it against the real API.</summary>
public sealed class GraphiQLIdeTests : BrowserTest
{
    [Fact]
    public async Task Flagship_tab_runs_and_shows_the_api_answer()
    {
        var api = StartApi();
        var flagship = FlagshipQuery.Load();
        var expected = await ReferenceAnswer.FetchAsync(api, flagship.Text, CancellationToken.None);
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1600 } });
        var ide = new GraphiQLPage(page);

        try
        {
            var opened = await ide.OpenAsync(api);
            Assert.Equal(200, opened?.Status);
            Assert.Equal("KnowledgeGraph — GraphQL IDE", await page.TitleAsync());
            await Expect(ide.Tabs.First).ToContainTextAsync(flagship.OperationName, Patiently);
            await Expect(ide.QueryEditor).ToContainTextAsync(flagship.OperationName, Patiently);

            await ide.RunActiveTabAsync();

            await Expect(ide.Response).ToContainTextAsync("\"totalCount\"", Patiently);
            var shown = await GraphiQLPage.TextOfAsync(ide.Response);
            Assert.Contains($"\"totalCount\": {expected.TotalCount}", shown);
            Assert.Contains(expected.FirstName, shown);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artefacts, "graphiql-flagship.png") });
        }
    }
}
