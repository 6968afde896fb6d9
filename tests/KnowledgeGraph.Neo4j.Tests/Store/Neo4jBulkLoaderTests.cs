using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Tests.Seed;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using KnowledgeGraph.Neo4j.Seeding;
using Path = System.IO.Path;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>
/// The bulk loader (<c>kg seed --bulk</c>, the snapshot benchmark's load) against the seeder (<c>kg seed</c>) on the
/// repository's seed at 1x, plus parallel relationships and odd values: the same database either way, read back in full
/// over Bolt — nodes per label, relationships per type and ends, every property with its stored type, the schema — and
/// the analytics snapshot read (<see cref="Neo4jGraphFetch"/>) of it gives back the data loaded.
/// Runs on a PRIVATE Neo4j 3.1.1 (tools/neo4j/private.sh, its own ports and data), stopped at the end.
/// </summary>
public sealed class Neo4jBulkLoaderTests : IAsyncLifetime
{
    private const int BoltPort = 29787;
    private const int HttpPort = 29574;
    private readonly string neo4jDirectory = Path.Combine(Path.GetTempPath(), $"kg-bulk-neo4j-{Environment.ProcessId}");
    private readonly GraphSchema schema = KnowledgeGraphSchema.Instance;
    private BoltDriver driver = null!;
    private ICypherRunner runner = null!;

    public async Task InitializeAsync()
    {
        var uri = (await PrivateNeo4jAsync("start")).Trim();
        driver = BoltDriver.Create(uri, AuthToken.Basic(
            Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password"));
        runner = new BoltCypherRunner(driver, null);
        await EmptyAsync();
    }

    [Fact]
    public async Task A_bulk_loaded_database_equals_a_seeded_one_at_1x_with_parallel_relationships_and_odd_values()
    {
        var data = WithExtras(await new SeedLoader(schema).LoadAsync(SeedLoader.DefaultSets(RepositorySeed.SeedRoot), CancellationToken.None));

        var bulkCounts = await new Neo4jBulkLoader(runner, schema).LoadAsync(data, null, CancellationToken.None);
        var bulk = await ReadAllAsync();
        // The analytics snapshot read of it (statements at once, and one at a time) gives back the data loaded.
        var loaded = Lines(new GraphData(data.Nodes, RelationshipKeyCypher.Distinct(data.Relationships).ToList()));
        foreach (var concurrency in new[] { 4, 1 })
        {
            var fetched = Lines(await new Neo4jGraphFetch(runner, schema, concurrency).FetchAsync(CancellationToken.None));
            Assert.Equal(loaded.Nodes, fetched.Nodes);
            Assert.Equal(loaded.Relationships, fetched.Relationships);
        }
        await Assert.ThrowsAsync<InvalidOperationException>(() => new Neo4jBulkLoader(runner, schema).LoadAsync(data, null, CancellationToken.None));
        await EmptyAsync();
        var seededCounts = await new Neo4jSeeder(runner, schema).SeedAsync(data, null, CancellationToken.None);
        var seeded = await ReadAllAsync();

        Assert.Equal(seededCounts, bulkCounts);
        Assert.True(bulkCounts.Nodes > 4000 && bulkCounts.Relationships > 14000, $"1x expected, loaded {bulkCounts}");
        Assert.Equal(seeded.NodesPerLabel, bulk.NodesPerLabel);
        Assert.Equal(seeded.RelationshipsPerType, bulk.RelationshipsPerType);
        Assert.Equal(seeded.Schema, bulk.Schema);
        Assert.Equal(seeded.Nodes.Count, bulk.Nodes.Count);
        Assert.Equal(seeded.Nodes.Except(bulk.Nodes).Take(5), bulk.Nodes.Except(seeded.Nodes).Take(5));
        Assert.Equal(seeded.Nodes, bulk.Nodes);
        Assert.Equal(seeded.Relationships.Except(bulk.Relationships).Take(5), bulk.Relationships.Except(seeded.Relationships).Take(5));
        Assert.Equal(seeded.Relationships, bulk.Relationships);
        // The extras, as both wrote them: three participations (the fourth row repeats a key), typed values.
        Assert.Equal(3, bulk.Relationships.Count(r => r.StartsWith("PARTICIPATES_IN ACT-ZZ-BULK ", StringComparison.Ordinal)));
        Assert.Contains(bulk.Relationships, r => r.StartsWith("PARTICIPATES_IN ACT-ZZ-BULK ", StringComparison.Ordinal) && r.EndsWith("{role=S:PARTNER}", StringComparison.Ordinal));
        Assert.Contains(bulk.Nodes, n => n.Contains("employer=B:true", StringComparison.Ordinal) && n.Contains("foundedYear=L:1901", StringComparison.Ordinal)
            && n.Contains("name=S:Œuvre \"d'Île\", ligne\nsuite; fin", StringComparison.Ordinal) && n.Contains("__n_name=S:", StringComparison.Ordinal));
        Assert.Contains(bulk.Nodes, n => n.StartsWith("Finding ", StringComparison.Ordinal) && n.Contains("value=D:", StringComparison.Ordinal));
        Assert.Contains(bulk.Nodes, n => n.StartsWith("Alliance ", StringComparison.Ordinal) && n.Contains("objectives=[S:", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (driver is not null)
            await driver.DisposeAsync();
        await PrivateNeo4jAsync("stop");
        try { Directory.Delete(neo4jDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The 1x seed plus an actor with odd text and typed values, taking part in one alliance four times (three keys).</summary>
    private GraphData WithExtras(GraphData data)
    {
        var actor = schema.Label("Actor");
        var alliance = data.Nodes.First(n => n.Label.Name == "Alliance").Id;
        var participates = schema.Relationships.First(r => r.Type == "PARTICIPATES_IN");
        var extra = new NodeRecord(actor, "ACT-ZZ-BULK", new Dictionary<string, object>
        {
            ["id"] = "ACT-ZZ-BULK", ["name"] = "Œuvre \"d'Île\", ligne\nsuite; fin", ["kind"] = "ASSOCIATION", ["employer"] = true,
            ["foundedYear"] = 1901L, ["source"] = "TEST",
        });
        RelationshipRecord Participation(string role, long? since) => new(participates, extra.Id, alliance, since is { } year
            ? new Dictionary<string, object> { ["role"] = role, ["since"] = year }
            : new Dictionary<string, object> { ["role"] = role });
        return new GraphData([.. data.Nodes, extra],
            [.. data.Relationships, Participation("FUNDER", 2020), Participation("PARTNER", 2021), Participation("PARTNER", null), Participation("FUNDER", 2020)]);
    }

    /// <summary>A graph as sorted lines: label and id, relationship type and ends, every property with its type.</summary>
    private static (List<string> Nodes, List<string> Relationships) Lines(GraphData graph) => (
        graph.Nodes.Select(n => $"{n.Label.Name} {n.Id} {Map(n.Properties.ToDictionary(p => p.Key, p => (object?)p.Value))}").Order(StringComparer.Ordinal).ToList(),
        graph.Relationships.Select(r => $"{r.Definition} {r.StartId} {r.EndId} {Map(r.Properties.ToDictionary(p => p.Key, p => (object?)p.Value))}").Order(StringComparer.Ordinal).ToList());

    private async Task EmptyAsync() =>
        await runner.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), CancellationToken.None);

    /// <summary>Everything stored, as sorted lines: label/type, ids, every property with its Bolt type; and the schema.</summary>
    private async Task<Contents> ReadAllAsync()
    {
        var nodes = (await RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties"))
            .Select(r => $"{string.Join(":", List(r["labels"]))} {Map(r["properties"])}").Order(StringComparer.Ordinal).ToList();
        var relationships = (await RunAsync("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, labels(a) AS from, labels(b) AS to, properties(r) AS properties"))
            .Select(r => $"{r["type"]} {r["start"]} {r["end"]} {string.Join(":", List(r["from"]))}->{string.Join(":", List(r["to"]))} {Map(r["properties"])}")
            .Order(StringComparer.Ordinal).ToList();
        var indexes = (await RunAsync("CALL db.indexes()")).Select(r => $"{r["description"]} {r["type"]}");
        var constraints = (await RunAsync("CALL db.constraints()")).Select(r => $"{r["description"]}");
        return new Contents(
            nodes, relationships,
            nodes.GroupBy(n => n[..n.IndexOf(' ', StringComparison.Ordinal)]).ToDictionary(g => g.Key, g => g.Count()),
            relationships.GroupBy(r => r.Split(' ')[0] + " " + r.Split(' ')[3]).ToDictionary(g => g.Key, g => g.Count()),
            indexes.Concat(constraints).Order(StringComparer.Ordinal).ToList());
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(string text) =>
        await runner.RunAsync(new CypherStatement(text, new Dictionary<string, object?>()), CancellationToken.None);

    private static IEnumerable<string> List(object? value) => ((IReadOnlyList<object?>)value!).Select(v => (string)v!).Order(StringComparer.Ordinal);

    private static string Map(object? value) =>
        "{" + string.Join(", ", ((IReadOnlyDictionary<string, object?>)value!).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Typed(p.Value)}")) + "}";

    private static string Typed(object? value) => value switch
    {
        string s => "S:" + s,
        long l => "L:" + l.ToString(CultureInfo.InvariantCulture),
        double d => "D:" + d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "B:true" : "B:false",
        IReadOnlyList<object?> list => "[" + string.Join(",", list.Select(Typed)) + "]",
        IEnumerable<string> list => "[" + string.Join(",", list.Select(Typed)) + "]",
        _ => $"{value?.GetType().Name}:{value}",
    };

    private async Task<string> PrivateNeo4jAsync(string action)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositorySeed.Root, "tools", "neo4j", "private.sh"));
        foreach (var argument in new[] { action, neo4jDirectory, $"{BoltPort}", $"{HttpPort}" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"tools/neo4j/private.sh {action}: {await stderr}");
        return await stdout;
    }

    private sealed record Contents(
        List<string> Nodes, List<string> Relationships, Dictionary<string, int> NodesPerLabel, Dictionary<string, int> RelationshipsPerType, List<string> Schema);
}
