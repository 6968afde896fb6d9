using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Subscriptions;

/// <summary>A page in real headless Chromium follows the graph with the browser's own EventSource and WebSocket.</summary>
public sealed class PageSubscriptionTests
{
    private const string Subscribe = """
        api => {
          const query = 'subscription { graphChanged { nodes { id change label } } }';
          window.seen = { sse: [], ws: [] };
          const events = new EventSource(api + '/graphql?query=' + encodeURIComponent(query));
          events.addEventListener('next', e => window.seen.sse.push(JSON.parse(e.data)));
          const socket = new WebSocket(api.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
          socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
          socket.onmessage = m => {
            const message = JSON.parse(m.data);
            if (message.type === 'connection_ack') socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
            if (message.type === 'next') window.seen.ws.push(message.payload);
          };
        }
        """;

    [Fact]
    public async Task A_page_receives_a_write_through_EventSource_and_WebSocket()
    {
        await using var api = new SubscriptionApiFactory();
        var url = api.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url + "/health/live");
        await page.EvaluateAsync(Subscribe, url);

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", SubscriptionApiFactory.EditorKey);
        var written = new List<string>();
        for (var attempt = 0; attempt < 40 && !await BothSawAsync(page, written); attempt++)
        {
            var id = $"ACT-T-PAGE{Guid.NewGuid():N}"[..20].ToUpperInvariant();
            var response = await http.PostAsJsonAsync("/graphql", new
            {
                query = "mutation($id: ID!) { createActor(input: { id: $id, name: \"Page test actor\", kind: ASSOCIATION, source: \"API\" }) { nodesCreatedCount } }",
                variables = new { id },
            });
            response.EnsureSuccessStatusCode();
            written.Add(id);
            await Task.Delay(500);
        }

        Assert.True(await BothSawAsync(page, written), "The page's EventSource and WebSocket did not both receive a write.");
    }

    private static async Task<bool> BothSawAsync(IPage page, List<string> written)
    {
        var seen = await page.EvaluateAsync<JsonElement>("() => window.seen");
        bool Saw(string transport) => seen.GetProperty(transport).EnumerateArray()
            .SelectMany(e => e.GetProperty("data").GetProperty("graphChanged").GetProperty("nodes").EnumerateArray())
            .Any(n => written.Contains(n.GetProperty("id").GetString()!) && n.GetProperty("change").GetString() == "CREATED");
        return Saw("sse") && Saw("ws");
    }
}
