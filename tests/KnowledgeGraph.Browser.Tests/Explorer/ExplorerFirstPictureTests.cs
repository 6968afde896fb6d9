using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Browser.Tests.Explorer;

/// <summary>
/// The explorer page's first picture (the flagship question's network, drawn without any click, coloured and
/// keyed by actor kind and label) and its search ranking (an actor named like the text before nodes that mention it).
/// </summary>
public sealed class ExplorerFirstPictureTests : BrowserTest
{
    [Fact]
    public async Task Opens_on_the_flagship_network_with_a_legend_by_kind_and_ranks_named_actors_first()
    {
        var api = StartApi();
        var company = (await ReferenceAnswer.FetchAsync(api, FlagshipQuery.Load().Text, CancellationToken.None)).FirstName;
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var explorer = new ExplorerPage(page);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        try
        {
            await explorer.OpenAsync(api);
            await page.WaitForFunctionAsync("() => document.getElementById('cy').dataset.mode === 'flagship'", null, new() { Timeout = 30_000 });
            Assert.True(await explorer.NodeCountAsync() > 10);
            // The flagship's first company is in the picture, drawn inside the canvas.
            Assert.True(await page.EvaluateAsync<bool>(
                "name => { const n = window.cy.nodes().filter(x => x.data('name') === name); if (n.empty()) return false; const b = n.renderedBoundingBox(); return b.w > 0 && b.x1 >= -5 && b.x2 <= window.cy.width() + 5; }", company));

            var legend = page.Locator("#legend");
            await Expect(legend).ToContainTextAsync("Actor · COMPANY", Patiently);
            await Expect(legend).ToContainTextAsync("Actor · ASSOCIATION", Patiently);
            await Expect(legend).ToContainTextAsync("Alliance", Patiently);
            // Companies and associations are drawn in different colours.
            Assert.True(await page.EvaluateAsync<bool>("""
                () => { const c = k => window.cy.nodes(`[kind = '${k}']`)[0].style('background-color');
                        return c('COMPANY') !== c('ASSOCIATION'); }
                """));

            await explorer.SearchAsync("Rameau");
            await Expect(page.Locator("#results button").First).ToContainTextAsync("Le RAMEAU (Actor)", Patiently);
            Assert.Empty(errors);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artefacts, "explorer-first-picture.png") });
        }
    }
}
