using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using KnowledgeGraph.Neo4j.Seeding;

// The analytics snapshot at one scale: the same seed in the embedded store (GraphView.Build of the loaded data, what
// InMemorySnapshotSource does) and in Neo4j (Neo4jGraphFetch + GraphView.Build, what Neo4jSnapshotSource does; also with
// its statements run one at a time, as before 2026-12-05), and
// the former one-statement read (grouped collect) for comparison, all in one invocation.
// The data is loaded into an empty database by the bulk loader (Neo4jBulkLoader: CREATE in batches of 5000, what
// `kg seed --bulk` does) or, with --load bolt, by the seeder (MERGE, what `kg seed` does); the load time is reported.
//   dotnet KnowledgeGraph.Benchmarks.Snapshot.dll <seed-root> <bolt-uri> [--runs 3] [--load bulk|bolt] [--no-seed] [--old-timeout 120]
var seedRoot = args[0];
var uri = args[1];
var runs = Option("--runs", 3);
var oldTimeout = TimeSpan.FromSeconds(Option("--old-timeout", 120));
var load = Array.IndexOf(args, "--load") is var loadAt && loadAt >= 0 ? args[loadAt + 1] : "bulk";
if (load is not ("bulk" or "bolt"))
    throw new ArgumentException("--load must be bulk or bolt");
var user = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";
var password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";
var schema = KnowledgeGraphSchema.Instance;

var data = await new SeedLoader(schema).LoadAsync(SeedLoader.DefaultSets(seedRoot), CancellationToken.None);
await using var driver = BoltDriver.Create(uri, AuthToken.Basic(user, password));
var runner = new BoltCypherRunner(driver, null);
var seedSeconds = double.NaN;
if (!args.Contains("--no-seed"))
{
    await runner.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), CancellationToken.None);
    var seeding = Stopwatch.StartNew();
    if (load == "bulk")
        await new Neo4jBulkLoader(runner, schema).LoadAsync(data, null, CancellationToken.None);
    else
        await new Neo4jSeeder(runner, schema).SeedAsync(data, null, CancellationToken.None);
    seedSeconds = seeding.Elapsed.TotalSeconds;
}

var fetch = new Neo4jGraphFetch(runner, schema, concurrency: 4);
var oneAtATime = new Neo4jGraphFetch(runner, schema, concurrency: 1);
var embedded = new List<double>();
var neo4j = new List<double>();
var sequential = new List<double>();
GraphData? fetched = null;
for (var i = 0; i < runs; i++)
{
    var watch = Stopwatch.StartNew();
    _ = GraphView.Build(data, schema);
    embedded.Add(watch.Elapsed.TotalMilliseconds);

    watch.Restart();
    fetched = await fetch.FetchAsync(CancellationToken.None);
    _ = GraphView.Build(fetched, schema);
    neo4j.Add(watch.Elapsed.TotalMilliseconds);

    watch.Restart();
    _ = GraphView.Build(await oneAtATime.FetchAsync(CancellationToken.None), schema);
    sequential.Add(watch.Elapsed.TotalMilliseconds);
}

string old;
using (var timeout = new CancellationTokenSource(oldTimeout))
{
    var watch = Stopwatch.StartNew();
    try
    {
        await runner.RunAsync(new CypherStatement(OldStatement, new Dictionary<string, object?>
        {
            ["labels"] = schema.Labels.Select(l => (object?)l.Name).ToList(),
            ["types"] = schema.RelationshipTypes.Select(t => (object?)t).ToList(),
        }), timeout.Token);
        old = Ms(watch.Elapsed.TotalMilliseconds);
    }
    catch (OperationCanceledException)
    {
        old = $"> {oldTimeout.TotalSeconds:0} s (stopped)";
    }
}

// Where the Neo4j read's time goes: each of its statements once more, alone (rows and milliseconds, slowest first).
var perStatement = new List<(string Text, int Rows, double Ms)>();
foreach (var statement in fetch.Statements())
{
    var watch = Stopwatch.StartNew();
    var rows = await runner.RunAsync(statement, CancellationToken.None);
    perStatement.Add((statement.Text, rows.Count, watch.Elapsed.TotalMilliseconds));
}

var embeddedMedian = Median(embedded);
var neo4jMedian = Median(neo4j);
Console.WriteLine($"| nodes | relationships | Neo4j load s ({load}) | embedded snapshot ms (median) | Neo4j snapshot, 4 statements at once ms (median) | ratio Neo4j / embedded | Neo4j, one statement at a time ms (median) | former one-statement read ms | load before |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {data.Nodes.Count} | {data.Relationships.Count} | {seedSeconds:0.#} | {Ms(embeddedMedian)} | {Ms(neo4jMedian)} | {neo4jMedian / embeddedMedian:0.#}x | {Ms(Median(sequential))} | {old} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"runs: embedded [{string.Join(", ", embedded.Select(Ms))}] Neo4j [{string.Join(", ", neo4j.Select(Ms))}] one at a time [{string.Join(", ", sequential.Select(Ms))}]; Neo4j read {fetched!.Nodes.Count} nodes, {fetched.Relationships.Count} relationships"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"statements alone: {Ms(perStatement.Sum(s => s.Ms))} ms in all; slowest: {string.Join("; ", perStatement.OrderByDescending(s => s.Ms).Take(6).Select(s => $"{Ms(s.Ms)} ms, {s.Rows} rows: {s.Text[..Math.Min(90, s.Text.Length)]}"))}"));
return 0;

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var at && at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static string Ms(double ms) => ms.ToString("0", CultureInfo.InvariantCulture);

partial class Program
{
    /// <summary>The former read: the whole graph in one statement, the node list collected first (a grouping key).</summary>
    private const string OldStatement =
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) " +
        "WITH collect({labels: labels(n), properties: properties(n)}) AS nodes " +
        "OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) IN $types " +
        "RETURN nodes, collect(CASE WHEN r IS NULL THEN null ELSE " +
        "{type: type(r), from: labels(a), to: labels(b), start: a.id, end: b.id, properties: properties(r)} END) AS relationships";
}
