using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Bookmarks;
using KnowledgeGraph.Api.Tests.Analytics;
using KnowledgeGraph.Api.Tests.Mutations;
using KnowledgeGraph.Bolt;

namespace KnowledgeGraph.Api.Tests.Bookmarks;

/// <summary>
/// Read-your-writes through the API on the Neo4j store (the real test Neo4j 3.1.1): a committed write answers its
/// Neo4j bookmark in <c>extensions.bookmark</c>; the <c>KG-Bookmark</c> header carries it back, also to another
/// instance; a malformed header is refused with BAD_BOOKMARK before anything runs. The routing of the bookmark on a
/// cluster is tested in the Bolt client's cluster tests.
/// </summary>
[Collection(AnalyticsCollection.Name)] // shares the one test Neo4j with the tests that empty and reseed it
public sealed class BookmarkHeaderTests
{
    private const string Create = "mutation($input: ActorCreateInput!) { createActor(input: $input) { nodesCreatedCount } }";

    private static WriteAppFactory Neo4jApp()
    {
        var app = new WriteAppFactory();
        app.Settings["KnowledgeGraph:Store"] = "neo4j";
        app.Settings["KnowledgeGraph:Cache:Mode"] = "Off";
        app.Settings["KnowledgeGraph:Neo4j:Uri"] = AnalyticsStores.Neo4jUri;
        app.Settings["KnowledgeGraph:Neo4j:User"] = AnalyticsStores.Neo4jUser;
        app.Settings["KnowledgeGraph:Neo4j:Password"] = AnalyticsStores.Neo4jPassword;
        return app;
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string query, object? variables, string? apiKey = null, params string[] bookmarks)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        foreach (var bookmark in bookmarks) request.Headers.TryAddWithoutValidation(BookmarkHeader.Name, bookmark);
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static object NewActor(List<string> created)
    {
        var id = $"ACT-BM-{GraphQLClient.Unique()}";
        created.Add(id);
        return new { input = new { id, name = "Bookmark test", kind = "COMPANY", source = "API" } };
    }

    /// <summary>The collection's other tests count the seeded graph: what this test wrote to the shared Neo4j goes again.</summary>
    private static async Task DeleteAsync(List<string> ids)
    {
        await using var driver = BoltDriver.Create(AnalyticsStores.Neo4jUri, AuthToken.Basic(AnalyticsStores.Neo4jUser, AnalyticsStores.Neo4jPassword));
        await using var session = driver.Session();
        await (await session.RunAsync("MATCH (n:Actor) WHERE n.id IN $ids DETACH DELETE n", new Dictionary<string, object?> { ["ids"] = ids })).ConsumeAsync();
    }

    [Fact]
    public async Task WriteAnswersItsBookmarkAndAnotherInstanceAcceptsIt()
    {
        var created = new List<string>();
        try
        {
            await WriteAndReadBackAsync(created);
        }
        finally
        {
            await DeleteAsync(created);
        }
    }

    private static async Task WriteAndReadBackAsync(List<string> created)
    {
        await using var first = Neo4jApp();
        await using var second = Neo4jApp();
        var written = await PostAsync(first.CreateClient(), Create, NewActor(created), WriteAppFactory.EditorKey);
        Assert.True(written["errors"] is null, written.ToJsonString());
        var bookmark = (string?)written["extensions"]?["bookmark"];
        Assert.False(string.IsNullOrEmpty(bookmark), written.ToJsonString());

        // The other instance: a read waits for the bookmark; a write after it answers a newer one.
        var read = await PostAsync(second.CreateClient(), "{ actors(first: 1) { nodes { id } } }", null, null, bookmark!);
        Assert.True(read["errors"] is null, read.ToJsonString());
        Assert.Null(read["extensions"]?["bookmark"]);
        var next = await PostAsync(second.CreateClient(), Create, NewActor(created), WriteAppFactory.EditorKey, bookmark!);
        Assert.True(next["errors"] is null, next.ToJsonString());
        Assert.NotEqual(bookmark, (string?)next["extensions"]?["bookmark"]);
    }

    [Fact]
    public async Task A_read_with_a_bookmark_is_not_answered_from_the_cache()
    {
        var created = new List<string>();
        try
        {
            await using var app = Neo4jApp();
            app.Settings["KnowledgeGraph:Cache:Mode"] = "Memory";
            var client = app.CreateClient();
            const string count = "{ actors(where: { name: { eq: \"Bookmark cache test\" } }) { totalCount } }";
            Assert.Equal(0, (int)(await PostAsync(client, count, null))["data"]!["actors"]!["totalCount"]!);

            // A write this instance is not told of: another instance's, straight to Neo4j, with its bookmark.
            var id = $"ACT-BM-{GraphQLClient.Unique()}";
            created.Add(id);
            await using var driver = BoltDriver.Create(AnalyticsStores.Neo4jUri, AuthToken.Basic(AnalyticsStores.Neo4jUser, AnalyticsStores.Neo4jPassword));
            await using var session = driver.Session();
            await session.ExecuteWriteAsync(async (tx, token) =>
            {
                await (await tx.RunAsync("CREATE (:Actor { id: $id, name: 'Bookmark cache test', __n_name: 'bookmark cache test', kind: 'COMPANY', source: 'API' })",
                    new Dictionary<string, object?> { ["id"] = id }, token)).ConsumeAsync();
                return true;
            });
            var bookmark = Assert.Single(session.LastBookmarks);

            Assert.Equal(0, (int)(await PostAsync(client, count, null))["data"]!["actors"]!["totalCount"]!); // cached, as designed
            Assert.Equal(1, (int)(await PostAsync(client, count, null, null, bookmark))["data"]!["actors"]!["totalCount"]!);
        }
        finally
        {
            await DeleteAsync(created);
        }
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q")]
    public async Task MalformedBookmarkHeaderIsRefusedBeforeAnythingRuns(string header)
    {
        await using var app = new WriteAppFactory();
        var id = $"ACT-BM-{GraphQLClient.Unique()}";
        var body = await PostAsync(app.CreateClient(), Create, new { input = new { id, name = "x", kind = "COMPANY", source = "API" } }, WriteAppFactory.EditorKey, header);
        Assert.Equal([BookmarkHeader.ErrorCode], GraphQLClient.ErrorCodes(body));
        var read = await GraphQLClient.DataAsync(app.CreateClient(), "query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(read["node"]);
    }

    [Fact]
    public async Task EmbeddedStoreAnswersNoBookmark()
    {
        await using var app = new WriteAppFactory();
        var body = await PostAsync(app.CreateClient(), Create, NewActor([]), WriteAppFactory.EditorKey, "ignored-bookmark");
        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Null(body["extensions"]?["bookmark"]);
    }
}
