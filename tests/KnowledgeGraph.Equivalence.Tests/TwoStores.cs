using System.Net.Http.Json;
using KnowledgeGraph.Bolt;
using Path = System.IO.Path;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Equivalence.Tests;

/// <summary>
/// The app twice, on the embedded store and on Neo4j, over the same data (the repository's graph-seed): Neo4j is
/// emptied first, then the Neo4j app seeds it at start. Also the seed as a <see cref="GraphData"/>, to draw values from.
/// </summary>
public sealed class TwoStores : IAsyncLifetime
{
    public StoreApp Embedded { get; } = new("embedded");

    public StoreApp Neo4j { get; } = new("neo4j");

    public HttpClient EmbeddedClient { get; private set; } = null!;

    public HttpClient Neo4jClient { get; private set; } = null!;

    public GraphData Data { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using (var driver = BoltDriver.Create(StoreApp.Neo4jUri, AuthToken.Basic(StoreApp.Neo4jUser, StoreApp.Neo4jPassword)))
        await using (var session = driver.Session())
            await (await session.RunAsync("MATCH (n) DETACH DELETE n")).ConsumeAsync();
        EmbeddedClient = Embedded.CreateClient();
        Neo4jClient = Neo4j.CreateClient();
        Data = await new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(SeedLoader.DefaultSets(SeedRoot()), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Embedded.DisposeAsync();
        await Neo4j.DisposeAsync();
    }

    /// <summary>The raw answers of both apps to one operation.</summary>
    public async Task<(string Embedded, string Neo4j)> AskBothAsync(string query, object? variables = null)
    {
        var embedded = AskAsync(EmbeddedClient, query, variables);
        var neo4j = AskAsync(Neo4jClient, query, variables);
        return (await embedded, await neo4j);
    }

    public static async Task<string> AskAsync(HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    /// <summary>
    /// Asks the Neo4j app; a 503 ANALYTICS_WARMING is retried after its Retry-After, at most five times (then returned).
    /// </summary>
    public async Task<string> AskNeo4jHonouringRetryAfterAsync(string query)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await Neo4jClient.PostAsJsonAsync("/graphql", new { query });
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != 503 || !body.Contains("ANALYTICS_WARMING", StringComparison.Ordinal) || attempt == 5)
                return $"{(int)response.StatusCode} {body}";
            var wait = response.Headers.RetryAfter?.Delta ?? throw new InvalidOperationException("ANALYTICS_WARMING without Retry-After: " + body);
            await Task.Delay(wait);
        }
    }

    private static string SeedRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "graph-seed");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("graph-seed");
    }
}

[CollectionDefinition(Name)]
public sealed class TwoStoresCollection : ICollectionFixture<TwoStores>
{
    public const string Name = "Both stores";
}
