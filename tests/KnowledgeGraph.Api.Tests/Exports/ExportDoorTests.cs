using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>
/// The doors of the exports, the explorer page and /metrics follow the rules of /graphql: identity when reads are
/// closed, the same per-client rate limit, the API's error shape; answers revalidate by ETag; writes refuse text
/// that XML 1.0 cannot carry.
/// </summary>
public sealed class ExportDoorTests : IAsyncLifetime
{
    private const string MetricsKey = "metrics-key-0123456789";

    private readonly WriteAppFactory closed = new()
    {
        Settings =
        {
            ["KnowledgeGraph:Auth:RequireAuthenticatedReads"] = "true",
            ["KnowledgeGraph:Operations:MetricsKeyHash"] = ApiKeyHash.Of(MetricsKey),
            ["KnowledgeGraph:Limits:RateLimitPermits"] = "0",
        },
    };

    private readonly WriteAppFactory limited = new()
    {
        Settings =
        {
            ["KnowledgeGraph:Limits:RateLimitPermits"] = "3",
            ["KnowledgeGraph:Limits:RateLimitWindow"] = "00:01:00",
        },
    };

    private readonly WriteAppFactory open = new() { Settings = { ["KnowledgeGraph:Limits:RateLimitPermits"] = "0" } };

    [Theory]
    [InlineData("/export/graph.gexf")]
    [InlineData("/export/co-participation.graphml")]
    [InlineData("/export/neighborhood.cyjs.json?ids=FR")]
    [InlineData("/explorer")]
    public async Task With_closed_reads_every_data_door_needs_an_identity(string url)
    {
        var client = closed.CreateClient();

        using var anonymous = await client.GetAsync(url);
        await AssertErrorAsync(anonymous, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Api-Key", WriteAppFactory.NoRoleKey);
        using var known = await client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.Unauthorized, known.StatusCode);
        if (url.StartsWith("/export/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.OK, known.StatusCode);
            Assert.Contains("private", known.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task Metrics_take_their_own_key_when_one_is_set()
    {
        var client = closed.CreateClient();

        using var anonymous = await client.GetAsync("/metrics");
        await AssertErrorAsync(anonymous, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key") } };
        await AssertErrorAsync(await client.SendAsync(wrong), HttpStatusCode.Unauthorized, "UNAUTHENTICATED");

        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", MetricsKey) } };
        using var scraped = await client.SendAsync(scrape);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("# TYPE", await scraped.Content.ReadAsStringAsync());

        // Without a key setting, metrics stay open (the default).
        using var openMetrics = await open.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, openMetrics.StatusCode);
    }

    [Fact]
    public async Task Exports_count_against_the_same_rate_limit_as_graphql()
    {
        var client = limited.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var ok = await client.GetAsync("/export/neighborhood.graphml?ids=FR");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var (status, _) = await PostAsync(client, "{ __typename }");
        Assert.Equal(HttpStatusCode.OK, status);

        using var refused = await client.GetAsync("/export/graph.gexf");
        await AssertErrorAsync(refused, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.True(refused.Headers.RetryAfter is not null);
        using var explorer = await client.GetAsync("/explorer");
        Assert.Equal(HttpStatusCode.TooManyRequests, explorer.StatusCode);
    }

    [Fact]
    public async Task An_export_revalidates_by_etag_until_the_data_or_the_parameters_change()
    {
        var client = open.CreateClient();
        const string url = "/export/co-participation.graphology.json?categories=PATRONAGE";

        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.NoCache);

        using var again = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { etag } } };
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = await client.GetAsync(url + "&fromYear=2020");
        Assert.NotEqual(etag, other.Headers.ETag);

        var id = $"ACT-T-{Unique()}";
        await DataAsync(client, "mutation($input: ActorCreateInput!) { createActor(input: $input) { nodesCreatedCount } }",
            new { input = new { id, name = "Nouvelle", kind = "COMPANY", source = "API" } }, WriteAppFactory.EditorKey);
        using var afterWrite = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { etag } } };
        using var changed = await client.SendAsync(afterWrite);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Theory]
    [InlineData("\uFFFF", "U+FFFF")]
    [InlineData("\u0000", "U+0000")]
    [InlineData("\u0001", "U+0001")]
    public async Task A_write_with_a_character_xml_cannot_carry_is_refused_naming_the_field(string character, string named)
    {
        var client = open.CreateClient();
        var id = $"ACT-T-{Unique()}";

        var (status, body) = await PostAsync(client, "mutation($input: ActorCreateInput!) { createActor(input: $input) { nodesCreatedCount } }",
            new { input = new { id, name = "Bad" + character + "Name", kind = "COMPANY", source = "API" } }, WriteAppFactory.EditorKey);

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("INVALID_CHARACTER", (string)error["extensions"]!["code"]!);
        Assert.Equal("name", (string)error["extensions"]!["field"]!);
        Assert.Contains(named, (string)error["message"]!);
        var read = await DataAsync(client, "query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(read["node"]);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        // application/json from the export's own checks; the rate limiter (shared with /graphql) negotiates, and
        // answers application/graphql-response+json to a client that states no preference.
        Assert.EndsWith("json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal([code], ErrorCodes(body));
        Assert.False(string.IsNullOrEmpty((string?)body["errors"]![0]!["message"]));
        Assert.Null(body["error"]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await closed.DisposeAsync();
        await limited.DisposeAsync();
        await open.DisposeAsync();
    }
}
