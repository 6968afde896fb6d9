using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using KnowledgeGraph.Bolt;
using Path = System.IO.Path;

namespace KnowledgeGraph.Benchmarks.Neo4jOverhead;

/// <summary>
/// The service's overhead over Neo4j's own time, in one invocation: for each operation, the end-to-end GraphQL
/// latency (HTTP request through the in-process app: parse, plan, compile, one Bolt RUN, map, serialise) against the
/// same compiled Cypher run directly through the Bolt client; medians of interleaved runs.
/// <c>dotnet run -c Release --project benchmarks/neo4j-overhead -- [runs=100] [warmup=20] [operation name prefix]</c>
/// </summary>
public static class OverheadBenchmark
{
    private const int MinimumProcessWarmup = 1_000;

    public static async Task<int> Main(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        var warmup = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var only = args.Length > 2 ? args[2] : "";
        var target = Neo4jTarget.FromEnvironment();
        var root = FindRepositoryRoot();
        // WebApplicationFactory finds the app's content root from this (a test project gets it from a generated manifest).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGEGRAPH_API", Path.Combine(root, "src", "KnowledgeGraph.Api"));

        Console.WriteLine($"Neo4j {target.Uri}; seeding the reference graph-seed (idempotent) through the app's SeedOnStart ...");
        await using var app = new OverheadApp(target);
        var client = app.CreateClient();
        await using var driver = BoltDriver.Create(target.Uri, AuthToken.Basic(target.User, target.Password));

        Console.WriteLine($"{runs} measured runs per path after at least {warmup} warm-up runs each and {MinimumProcessWarmup} in the process, interleaved.");
        Console.WriteLine($"{"operation",-72} {"GraphQL ms",10} {"Bolt ms",9} {"ratio",7} {"overhead",9}");
        var worst = 0.0;
        var served = 0;
        foreach (var (name, query) in OverheadQueries.All(root).Where(operation => operation.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            var answer = await GraphQLAsync(client, query);
            if (answer.Contains("\"errors\"", StringComparison.Ordinal))
                throw new InvalidOperationException($"{name}: {answer}");
            var statement = app.Recorder.Last ?? throw new InvalidOperationException("No statement recorded.");
            Task<double> GraphQLRun() => TimeAsync(() => GraphQLAsync(client, query));
            Task<double> BoltRun() => TimeAsync(async () =>
            {
                await using var session = driver.Session();
                var result = await session.RunAsync(statement.Text, statement.Parameters);
                return await result.ToListAsync();
            });

            // At least `warmup` runs of this operation, and until the process has served MinimumProcessWarmup requests:
            // the JIT's tiered compilation (with the framework's ready-to-run code) reaches its steady state only after
            // many calls; measured on the region query alone, 20 warm-up runs gave +80%, 1,000 gave +23%.
            for (var i = 0; i < warmup || served < MinimumProcessWarmup; i++, served++)
            {
                await GraphQLRun();
                await BoltRun();
            }

            var graphql = new List<double>(runs);
            var bolt = new List<double>(runs);
            for (var i = 0; i < runs; i++, served++)
            {
                graphql.Add(await GraphQLRun());
                bolt.Add(await BoltRun());
            }

            var ratio = Median(graphql) / Median(bolt);
            worst = Math.Max(worst, ratio);
            Console.WriteLine($"{name,-72} {Median(graphql),10:0.000} {Median(bolt),9:0.000} {ratio,7:0.000} {(ratio - 1) * 100,8:0.0}%");
        }

        Console.WriteLine($"Worst ratio {worst:0.000}: the service's overhead is {(worst - 1) * 100:0.0}% of the database's own time (target: under 20%).");
        return 0;
    }

    private static async Task<string> GraphQLAsync(HttpClient client, string query)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
                return directory.FullName;
        }

        throw new DirectoryNotFoundException("KnowledgeGraph.sln");
    }
}
