using System.Text.Json;

namespace KnowledgeGraph.Browser.Tests.Cors;

/// <summary>
/// Pages on other origins call the live API from real headless Chromium: a dev server's page (allowed by default) can
/// POST and GET GraphQL, download an export and read ETag; a page of an origin that is not allowed cannot.
/// </summary>
public sealed class CrossOriginTests : BrowserTest, IAsyncLifetime
{
    private PageServer _pages = null!;

    private string AllowedOrigin => _pages.Origin("localhost");

    private string OtherOrigin => _pages.Origin("viz.localhost"); // local, but not in the default list

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _pages = await PageServer.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _pages.DisposeAsync();
        await DisposeAsync();
    }

    private static readonly object PostQuery = new
    {
        method = "POST",
        headers = new Dictionary<string, string> { ["content-type"] = "application/json", ["accept"] = "application/graphql-response+json" },
        body = JsonSerializer.Serialize(new { query = "{ actors(first: 1) { totalCount } }" }),
    };

    [Fact]
    public async Task A_dev_server_page_posts_and_gets_GraphQL_and_downloads_an_export()
    {
        var api = StartApi();
        var page = await CrossOriginPage.OpenAsync(Browser, AllowedOrigin);

        var posted = await page.FetchAsync(new Uri(api, "/graphql").ToString(), PostQuery);
        var got = await page.FetchAsync(new Uri(api, "/graphql?query=" + Uri.EscapeDataString("{ actors(first: 1) { totalCount } }")).ToString());
        var withKey = await page.FetchAsync(new Uri(api, "/graphql").ToString(), new
        {
            method = "POST",
            headers = new Dictionary<string, string> { ["content-type"] = "application/json", ["x-api-key"] = "not-a-key" },
            body = JsonSerializer.Serialize(new { query = "{ __typename }" }),
            credentials = "include",
        });
        var export = await page.FetchAsync(new Uri(api, "/export/graph.cyjs.json").ToString());

        Assert.True(posted.GetProperty("ok").GetBoolean(), posted.ToString());
        Assert.Equal(200, posted.GetProperty("status").GetInt32());
        Assert.Contains("totalCount", posted.GetProperty("body").GetString());
        Assert.Equal(200, got.GetProperty("status").GetInt32());
        Assert.StartsWith("W/\"", got.GetProperty("etag").GetString()); // exposed to the page
        Assert.Equal("public, max-age=30", got.GetProperty("cacheControl").GetString());
        // Credentialed, with the API key header: the preflight allows both, and the page reads the API's answer.
        Assert.True(withKey.GetProperty("ok").GetBoolean(), withKey.ToString());
        Assert.Contains(withKey.GetProperty("status").GetInt32(), new[] { 200, 401 });
        Assert.True(export.GetProperty("ok").GetBoolean(), export.ToString());
        Assert.Equal(200, export.GetProperty("status").GetInt32());
        Assert.True(export.GetProperty("length").GetInt32() > 1000);
    }

    [Fact]
    public async Task A_page_of_an_origin_that_is_not_allowed_cannot_read_anything()
    {
        var api = StartApi();
        var page = await CrossOriginPage.OpenAsync(Browser, OtherOrigin);

        var posted = await page.FetchAsync(new Uri(api, "/graphql").ToString(), PostQuery);
        var got = await page.FetchAsync(new Uri(api, "/graphql?query=" + Uri.EscapeDataString("{ __typename }")).ToString());
        var export = await page.FetchAsync(new Uri(api, "/export/graph.nodes.csv").ToString());

        foreach (var attempt in new[] { posted, got, export })
        {
            Assert.False(attempt.GetProperty("ok").GetBoolean(), attempt.ToString());
            Assert.Contains("Failed to fetch", attempt.GetProperty("error").GetString());
        }
        // Refused by CORS (no Access-Control-Allow-Origin for this origin), not by anything else.
        Assert.Contains(CrossOriginPage.Messages, message => message.Contains(OtherOrigin) && message.Contains("Access-Control-Allow-Origin"));
    }
}
