using System.Globalization;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Explorer;

/// <summary>The explorer page (/explorer) as a test drives it: search, graph canvas, region picker, downloads.</summary>
internal sealed class ExplorerPage(IPage page)
{
    public IPage Page => page;

    public ILocator Graph => page.Locator("#cy");

    public Task<IResponse?> OpenAsync(Uri api) => page.GotoAsync(new Uri(api, "/explorer").ToString());

    public async Task SearchAsync(string text)
    {
        await page.FillAsync("#search", text);
        await page.PressAsync("#search", "Enter");
    }

    public ILocator Result(string name) => page.Locator("#results button", new() { HasTextString = name });

    public async Task<int> ElementCountAsync() => int.Parse(await Graph.GetAttributeAsync("data-element-count") ?? "0", CultureInfo.InvariantCulture);

    public async Task<int> NodeCountAsync() => int.Parse(await Graph.GetAttributeAsync("data-node-count") ?? "0", CultureInfo.InvariantCulture);

    /// <summary>Waits until the drawn element count (published by the page after each change) satisfies the condition.</summary>
    public Task WaitForElementCountAsync(string condition) =>
        page.WaitForFunctionAsync($"() => Number(document.getElementById('cy').dataset.elementCount) {condition}", null, new() { Timeout = 30_000 });

    /// <summary>Clicks, with the mouse on the canvas, the first drawn node of a label other than the focused one.</summary>
    public async Task ClickNodeAsync(string label)
    {
        var position = await page.EvaluateAsync<double[]>(
            "label => { const n = window.cy.nodes(`[label = '${label}']`).filter(x => !x.hasClass('focus'))[0]; const p = n.renderedPosition(); return [p.x, p.y]; }",
            label);
        var box = (await Graph.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync((float)(box.X + position[0]), (float)(box.Y + position[1]));
    }
}
