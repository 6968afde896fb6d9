using System.Globalization;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Explorer;

/// <summary>The explorer page (/explorer) as a test drives it: search, graph canvas, region picker, downloads.</summary>
internal sealed class ExplorerPage(IPage page)
{
    private const float Timeout = 30_000;

    // The first drawn node of a label, other than the focused one, whose centre is on the canvas and under no other
    // node: a mouse click there can only reach that node, whatever fonts (hence label sizes) the layout met.
    private const string UnobstructedNodeScript = """
        label => {
          const width = window.cy.width(), height = window.cy.height();
          const inside = (box, p) => p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
          const node = window.cy.nodes(`[label = '${label}']`).filter(n => !n.hasClass('focus')).toArray().find(n => {
            const p = n.renderedPosition();
            if (p.x < 5 || p.y < 5 || p.x > width - 5 || p.y > height - 5) return false;
            return !window.cy.nodes().some(other => other !== n && inside(other.renderedBoundingBox({ includeLabels: true }), p));
          });
          if (!node) return null;
          const p = node.renderedPosition();
          return { x: p.x, y: p.y, title: `${node.data('name')} (${node.data('label')})` };
        }
        """;

    public IPage Page => page;

    public ILocator Graph => page.Locator("#cy");

    public Task<IResponse?> OpenAsync(Uri api) => page.GotoAsync(new Uri(api, "/explorer").ToString());

    /// <summary>
    /// Waits until the page has its regions and has drawn its first picture, so that nothing the page loads on its own
    /// moves the canvas or replaces the graph while the test acts.
    /// </summary>
    public Task WaitUntilSettledAsync() => WaitForAsync(
        "() => document.body.dataset.ready === 'true' && document.getElementById('cy').dataset.mode === 'flagship'",
        "the page to load its regions and draw the flagship network");

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
        WaitForAsync($"() => Number(document.getElementById('cy').dataset.elementCount) {condition}", $"the element count {condition}");

    public Task WaitForModeAsync(string mode) =>
        WaitForAsync($"() => document.getElementById('cy').dataset.mode === '{mode}'", $"the mode '{mode}'");

    /// <summary>
    /// Clicks, with the mouse on the canvas, a drawn node of the label (not the focused one, not covered by another)
    /// and waits until the page shows that node's details, which it does first on a tap. Returns the details' title.
    /// </summary>
    public async Task<string> ClickNodeAsync(string label)
    {
        var target = await page.EvaluateAsync<NodeOnCanvas?>(UnobstructedNodeScript, label)
            ?? throw new InvalidOperationException($"No node labelled {label} is on the canvas without another over it. {await DescribeAsync()}");
        var box = (await Graph.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync((float)(box.X + target.X), (float)(box.Y + target.Y));
        await WaitForAsync("title => document.querySelector('#details h2')?.textContent === title", $"the details of {target.Title}", target.Title);
        return target.Title;
    }

    private async Task WaitForAsync(string expression, string what, object? argument = null)
    {
        try
        {
            await page.WaitForFunctionAsync(expression, argument, new() { Timeout = Timeout });
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"Waited {Timeout / 1000} s for {what}. {await DescribeAsync()}", timeout);
        }
    }

    /// <summary>What the page shows now, for failure messages: mode, counts, status line and details' title.</summary>
    private Task<string> DescribeAsync() => page.EvaluateAsync<string>("""
        () => {
          const cy = document.getElementById('cy').dataset;
          return `Page: mode ${cy.mode}, ${cy.elementCount} elements, ${cy.nodeCount} nodes, ready ${document.body.dataset.ready ?? 'no'}; ` +
            `status "${document.getElementById('status').textContent}"; details "${document.querySelector('#details h2')?.textContent ?? ''}".`;
        }
        """);

    // Playwright fills the result by its properties, so this needs a parameterless constructor.
    private sealed class NodeOnCanvas
    {
        public double X { get; set; }

        public double Y { get; set; }

        public string Title { get; set; } = "";
    }
}
