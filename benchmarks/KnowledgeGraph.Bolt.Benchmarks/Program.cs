using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Bolt;

// KnowledgeGraph.Bolt measured exactly like benchmarks/bolt-js/bench.js: warm-up, then the median of ROUNDS rounds.
var uri = Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687";
var user = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";
var password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";
var queries = int.Parse(Environment.GetEnvironmentVariable("BENCH_QUERIES") ?? "2000");
var rows = long.Parse(Environment.GetEnvironmentVariable("BENCH_ROWS") ?? "100000");
var rounds = int.Parse(Environment.GetEnvironmentVariable("BENCH_ROUNDS") ?? "5");
const int Workers = 8;

await using var driver = BoltDriver.Create(uri, AuthToken.Basic(user, password), o => o.MaxConnectionPoolSize = Workers);

await using var single = driver.Session();
await ReturnOne(single, 200);
var oneConnection = new List<double>();
for (var r = 0; r < rounds; r++) oneConnection.Add(queries / (await Timed(() => ReturnOne(single, queries)) / 1000));

var sessions = Enumerable.Range(0, Workers).Select(_ => driver.Session()).ToList();
await Task.WhenAll(sessions.Select(s => ReturnOne(s, 50)));
var pooled = new List<double>();
for (var r = 0; r < rounds; r++)
    pooled.Add(queries / (await Timed(() => Task.WhenAll(sessions.Select(s => ReturnOne(s, queries / Workers)))) / 1000));

await Stream(single);
var streamed = new List<double>();
for (var r = 0; r < rounds; r++) streamed.Add(await Timed(() => Stream(single)));
foreach (var session in sessions) await session.DisposeAsync();

Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
{
    ["client"] = "KnowledgeGraph.Bolt (.NET)",
    ["return1_qps"] = Median(oneConnection),
    ["return1_pool8_qps"] = Median(pooled),
    ["stream_ms"] = Median(streamed),
}));

static async Task ReturnOne(IBoltSession session, int count)
{
    for (var i = 0; i < count; i++)
    {
        var records = await (await session.RunAsync("RETURN 1 AS x")).ToListAsync();
        if ((long)records[0]["x"]! != 1) throw new InvalidOperationException("bad value");
    }
}

async Task Stream(IBoltSession session)
{
    long sum = 0;
    await foreach (var record in await session.RunAsync("UNWIND range(1, $n) AS i RETURN i", new Dictionary<string, object?> { ["n"] = rows }))
        sum += (long)record[0]!;
    if (sum != rows * (rows + 1) / 2) throw new InvalidOperationException($"bad sum {sum}");
}

static async Task<double> Timed(Func<Task> action)
{
    var start = Stopwatch.GetTimestamp();
    await action();
    return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
