using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Cors;

/// <summary>
/// A page at a given origin (a real <see cref="PageServer"/>: Chromium's local network access checks want to know where
/// a page comes from) that calls the API with the browser's own fetch, as a front-end team's page would.
/// </summary>
internal sealed class CrossOriginPage(IPage page)
{
    /// <summary>What the page's console said (Chromium logs why it blocked a response).</summary>
    public static System.Collections.Concurrent.ConcurrentBag<string> Messages { get; } = [];

    public static async Task<CrossOriginPage> OpenAsync(IBrowser browser, string origin)
    {
        var page = await browser.NewPageAsync();
        page.Console += (_, message) => Messages.Add(message.Text);
        await page.GotoAsync(origin + "/index.html");
        return new CrossOriginPage(page);
    }

    /// <summary>Runs <c>fetch(url, init)</c> in the page: status, the headers the page can read, body text, or the error.</summary>
    public async Task<JsonElement> FetchAsync(string url, object? init = null)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            async ([url, init]) => {
              try {
                const response = await fetch(url, init ?? {});
                const text = await response.text();
                return {
                  ok: true, status: response.status, body: text.slice(0, 2000), length: text.length,
                  etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'),
                  retryAfter: response.headers.get('retry-after'), contentType: response.headers.get('content-type'),
                };
              } catch (e) {
                return { ok: false, error: String(e) };
              }
            }
            """, new object?[] { url, init });
        return result;
    }

    public Task CloseAsync() => page.CloseAsync();
}
