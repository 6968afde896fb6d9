using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using KnowledgeGraph.Neo4j.Seeding;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The real test Neo4j (tools/neo4j/start.sh), addressed by NEO4J_TEST_URI / _USER / _PASSWORD.</summary>
public sealed class Neo4jTestServer : IAsyncDisposable
{
    public Neo4jTestServer()
    {
        Driver = BoltDriver.Create(
            Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687",
            AuthToken.Basic(
                Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j",
                Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password"));
        Runner = new BoltCypherRunner(Driver, null);
    }

    public BoltDriver Driver { get; }

    public ICypherRunner Runner { get; }

    /// <summary>Empties the database and loads <paramref name="data"/> with the seeder.</summary>
    public async Task<SeedCounts> ResetAsync(GraphSchema schema, GraphData data)
    {
        await Runner.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), CancellationToken.None);
        return await new Neo4jSeeder(Runner, schema).SeedAsync(data, null, CancellationToken.None);
    }

    public async Task<long> CountAsync(string cypher)
    {
        var records = await Runner.RunAsync(new CypherStatement(cypher, new Dictionary<string, object?>()), CancellationToken.None);
        return (long)records[0].Values.Single()!;
    }

    public ValueTask DisposeAsync() => Driver.DisposeAsync();
}

/// <summary>Tests that wipe and seed the one shared database run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jTestServer>
{
    public const string Name = "Neo4j";
}
