using System.Xml.Linq;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Browser.Tests.Explorer;

/// <summary>
/// GET /explorer in real headless Chromium over the real API (repository seed): find the flagship example's first
/// company, draw its neighbourhood, expand a node with a mouse click, switch to Occitanie's co-participation network,
/// download the view as GEXF and PNG; a screenshot is kept in TestResults/browser/.
/// </summary>
public sealed class ExplorerPageTests : BrowserTest
{
    [Fact]
    public async Task Search_expand_and_switch_to_the_co_participation_network_of_a_region()
    {
        var api = StartApi();
        var company = (await ReferenceAnswer.FetchAsync(api, FlagshipQuery.Load().Text, CancellationToken.None)).FirstName;
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, AcceptDownloads = true });
        var explorer = new ExplorerPage(page);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        try
        {
            var opened = await explorer.OpenAsync(api);
            Assert.Equal(200, opened?.Status);
            Assert.Equal("KnowledgeGraph — Explorer", await page.TitleAsync());
            await explorer.WaitUntilSettledAsync();

            await explorer.SearchAsync(company);
            await explorer.Result(company).First.ClickAsync();
            // The page opens on the flagship's network: wait for the neighbourhood to replace it.
            await explorer.WaitForModeAsync("neighborhood");
            await explorer.WaitForElementCountAsync("> 1");
            var drawn = await explorer.ElementCountAsync();
            await Expect(page.Locator("#details h2")).ToContainTextAsync(company, Patiently);
            await Expect(page.Locator("#legend")).ToContainTextAsync("Alliance", Patiently);
            Assert.True(await page.EvaluateAsync<bool>("name => window.cy.nodes('.focus').data('name') === name", company));

            var alliance = await explorer.ClickNodeAsync("Alliance");
            Assert.EndsWith("(Alliance)", alliance);
            await explorer.WaitForElementCountAsync($"> {drawn}");
            Assert.True(await explorer.ElementCountAsync() > drawn);

            await page.SelectOptionAsync("#region", new SelectOptionValue { Label = "Occitanie" });
            await explorer.WaitForModeAsync("co-participation");
            var actors = await explorer.NodeCountAsync();
            Assert.True(actors > 0);
            Assert.True(await page.EvaluateAsync<bool>("() => window.cy.nodes().every(n => n.data('label') === 'Actor')"));
            // Sizes follow the centrality scores: not all the same.
            Assert.True(await page.EvaluateAsync<int>("() => new Set(window.cy.nodes().map(n => n.data('size'))).size") > 1);

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-gexf"));
            var gexf = XDocument.Load(await download.PathAsync());
            // The export's default is GEXF 1.2draft (what networkx 2.8 reads); count nodes whatever the version.
            Assert.Equal(actors, gexf.Descendants().Count(e => e.Name.LocalName == "node"));
            Assert.StartsWith("data:image/png;base64,", await page.EvaluateAsync<string>("() => window.cy.png()"));
            Assert.Empty(errors);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artefacts, "explorer-co-participation.png") });
        }
    }
}
