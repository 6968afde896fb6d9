using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Cors;

/// <summary>
/// <c>AllowedOrigins: ["*"]</c> in real Chromium: any page reads anonymously, and the Fetch standard's credentials rules
/// hold: no credentials with <c>*</c>, no <c>X-Api-Key</c> or <c>Authorization</c> from an unlisted page.
/// </summary>
public sealed class AnyOriginTests : IAsyncLifetime
{
    private readonly KestrelApiFactory _api = new() { Settings = new Dictionary<string, string?> { ["KnowledgeGraph:Cors:AllowedOrigins:0"] = "*" } };
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private PageServer _pages = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumBrowser.LaunchAsync(_playwright);
        _pages = await PageServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _pages.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Any_page_reads_anonymously_but_never_with_credentials_or_keys()
    {
        var endpoint = new Uri(_api.Start(), "/graphql?query=" + Uri.EscapeDataString("{ actors(first: 1) { totalCount } }")).ToString();
        var page = await CrossOriginPage.OpenAsync(_browser, _pages.Origin("viz.localhost"));

        var anonymous = await page.FetchAsync(endpoint);
        var withCredentials = await page.FetchAsync(endpoint, new { credentials = "include" });
        var withKey = await page.FetchAsync(endpoint, new { headers = new Dictionary<string, string> { ["x-api-key"] = "k" } });
        var withBearer = await page.FetchAsync(endpoint, new { headers = new Dictionary<string, string> { ["authorization"] = "Bearer t" } });

        Assert.True(anonymous.GetProperty("ok").GetBoolean(), anonymous.ToString());
        Assert.Equal(200, anonymous.GetProperty("status").GetInt32());
        Assert.StartsWith("W/\"", anonymous.GetProperty("etag").GetString());
        foreach (var refused in new[] { withCredentials, withKey, withBearer })
            Assert.False(refused.GetProperty("ok").GetBoolean(), refused.ToString());
    }

    [Fact]
    public async Task A_listed_origin_still_gets_its_origin_echoed_with_credentials()
    {
        var endpoint = new Uri(_api.Start(), "/graphql?query=" + Uri.EscapeDataString("{ __typename }")).ToString();
        var page = await CrossOriginPage.OpenAsync(_browser, _pages.Origin("localhost"));

        var answer = await page.FetchAsync(endpoint, new { credentials = "include", headers = new Dictionary<string, string> { ["x-api-key"] = "k" } });

        Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
    }
}
