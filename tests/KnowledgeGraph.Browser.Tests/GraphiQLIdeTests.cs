using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>GET /graphql in real headless Chromium: GraphiQL opens on the flagship tab and runs it against the real API.</summary>
public sealed class GraphiQLIdeTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions Patiently = new() { Timeout = 30_000 };
    private readonly KestrelApiFactory _api = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumBrowser.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task Flagship_tab_runs_and_shows_the_api_answer()
    {
        var api = _api.Start();
        var flagship = FlagshipQuery.Load();
        var expected = await ReferenceAnswer.FetchAsync(api, flagship.Text, CancellationToken.None);
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1600 } });
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

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _api.DisposeAsync();
    }
}
