using System.Collections.Concurrent;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>
/// The real app over <see cref="AnalyticsSeed"/> on each store, started on first use and shared by the analytics and
/// export tests: <c>embedded</c> (the durable in-memory store, in a temporary file), and <c>neo4j</c> — the real test Neo4j (NEO4J_TEST_URI / _USER / _PASSWORD, as
/// tools/neo4j/env.sh sets them), emptied and then seeded by the app itself (SeedOnStart).
/// </summary>
public sealed class AnalyticsStores : IAsyncLifetime
{
    public const string Embedded = "embedded";
    public const string Neo4j = "neo4j";

    public static TheoryData<string> Both => [Embedded, Neo4j];

    private readonly ConcurrentDictionary<string, Lazy<Task<AnalyticsApp>>> apps = new();
    private AnalyticsSeed seed = null!;

    public static string Neo4jUri => Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687";

    public static string Neo4jUser => Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";

    public static string Neo4jPassword => Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";

    public Task InitializeAsync()
    {
        seed = new AnalyticsSeed(System.IO.Path.GetDirectoryName(RepositoryFiles.Find("graph-seed/README.md"))!);
        return Task.CompletedTask;
    }

    public Task<AnalyticsApp> AppAsync(string store) =>
        apps.GetOrAdd(store, s => new Lazy<Task<AnalyticsApp>>(() => StartAsync(s))).Value;

    private async Task<AnalyticsApp> StartAsync(string store)
    {
        if (store == Neo4j)
        {
            await EmptyNeo4jAsync();
        }

        var factory = new StoreAppFactory(seed.Root, store);
        var client = factory.CreateClient(); // starts the app: the seed is loaded (into Neo4j too) before it answers
        return new AnalyticsApp(factory, client);
    }

    private static async Task EmptyNeo4jAsync()
    {
        await using var driver = BoltDriver.Create(Neo4jUri, AuthToken.Basic(Neo4jUser, Neo4jPassword));
        await new BoltCypherRunner(driver, null).RunAsync(
            new CypherStatement("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values.Where(a => a.IsValueCreated))
        {
            try
            {
                await (await app.Value).DisposeAsync();
            }
            catch (Exception)
            {
                // A store that never started has nothing to stop.
            }
        }

        seed.Dispose();
    }

    private sealed class StoreAppFactory(string seedRoot, string store) : KnowledgeGraphAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("KnowledgeGraph:SeedDirectory", seedRoot);
            builder.UseSetting("KnowledgeGraph:Store", store);
            builder.UseSetting("KnowledgeGraph:Cache:Mode", "Off");
            // The durable embedded store in a file of this app's own, seeded from this seed (a reused file would keep old data).
            builder.UseSetting("KnowledgeGraph:DataFile", System.IO.Path.Combine(seedRoot, $"{store}-{Guid.NewGuid():N}.db"));
            if (store == Neo4j)
            {
                builder.UseSetting("KnowledgeGraph:SeedOnStart", "true");
                builder.UseSetting("KnowledgeGraph:Neo4j:Uri", Neo4jUri);
                builder.UseSetting("KnowledgeGraph:Neo4j:User", Neo4jUser);
                builder.UseSetting("KnowledgeGraph:Neo4j:Password", Neo4jPassword);
            }
        }
    }
}

/// <summary>All the analytics and export tests share the apps (and the one test Neo4j), so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AnalyticsCollection : ICollectionFixture<AnalyticsStores>
{
    public const string Name = "Analytics";
}
