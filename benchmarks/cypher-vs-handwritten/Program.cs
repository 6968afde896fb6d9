using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Benchmarks.CypherVsHandwritten;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using KnowledgeGraph.Neo4j.Seeding;

// Generated vs hand-written Cypher for five issue-9 queries on the reference seed, both through the project's Bolt
// client against the test Neo4j (tools/neo4j/start.sh). Seeds the database (it is wiped), warms up, then takes the
// median of ROUNDS alternating runs per side. Exit code 1 when a generated statement is over 1.5x its hand-written one.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 31;
var seedRoot = args.Length > 1 ? args[1] : FindSeedRoot();
var schema = KnowledgeGraphSchema.Instance;
await using var driver = BoltDriver.Create(
    Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687",
    AuthToken.Basic(Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j",
        Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password"));
var runner = new BoltCypherRunner(driver, null);

var data = await new SeedLoader(schema).LoadAsync(SeedLoader.DefaultSets(seedRoot), CancellationToken.None);
await runner.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), CancellationToken.None);
var counts = await new Neo4jSeeder(runner, schema).SeedAsync(data, null, CancellationToken.None);
Console.WriteLine($"Seeded the reference data: {data.Nodes.Count} nodes, {data.Relationships.Count} relationships ({counts}). Median of {rounds} rounds.");
Console.WriteLine();
Console.WriteLine("| query | generated ms | hand-written ms | ratio | <= 1.5x | same answer |");
Console.WriteLine("| --- | ---: | ---: | ---: | --- | --- |");

var compiler = new CypherCompiler(schema);
var worst = 0.0;
foreach (var query in Queries.All())
{
    var generated = compiler.Compile(query.Plan).Statement;
    var handwritten = new CypherStatement(query.Handwritten, new Dictionary<string, object?>());
    var same = query.GeneratedIds((await runner.RunAsync(generated, CancellationToken.None))[0])
               == query.HandwrittenIds((await runner.RunAsync(handwritten, CancellationToken.None))[0]);
    for (var i = 0; i < 5; i++)
    {
        await runner.RunAsync(generated, CancellationToken.None);
        await runner.RunAsync(handwritten, CancellationToken.None);
    }

    var generatedTimes = new List<double>();
    var handTimes = new List<double>();
    for (var i = 0; i < rounds; i++)
    {
        generatedTimes.Add(await TimeAsync(generated));
        handTimes.Add(await TimeAsync(handwritten));
    }

    var (g, h) = (Median(generatedTimes), Median(handTimes));
    var ratio = g / h;
    worst = Math.Max(worst, ratio);
    Console.WriteLine($"| {query.Name} | {g:F2} | {h:F2} | {ratio:F2} | {(ratio <= 1.5 ? "yes" : "NO")} | {(same ? "yes" : "NO")} |");
}

Console.WriteLine();
Console.WriteLine($"Worst ratio: {worst:F2} (limit 1.5)");
return worst <= 1.5 ? 0 : 1;

async Task<double> TimeAsync(CypherStatement statement)
{
    var clock = Stopwatch.StartNew();
    await runner.RunAsync(statement, CancellationToken.None);
    return clock.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values)
{
    values.Sort();
    return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
}

static string FindSeedRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(System.IO.Path.Combine(directory.FullName, "graph-seed", "README.md")))
        {
            return System.IO.Path.Combine(directory.FullName, "graph-seed");
        }
    }

    throw new DirectoryNotFoundException("graph-seed/ was not found above the benchmark's folder.");
}
