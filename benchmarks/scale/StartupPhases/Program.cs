using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Scale;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using Microsoft.Data.Sqlite;

// Start-up phases of the durable embedded store:
//   StartupPhases all|seed|first|reopen <seed root> <work dir>
// all, in one process: 1. seed CSV load + validation alone; 2. the embedded store (index) built from it alone;
// 3. first open of a fresh graph file (seed + SQLite write + index); 4. reopen (SQLite read + decode + index);
// 5. a bare SQLite scan of the same rows (the floor for 4). first / reopen: that phase alone in a cold process, as
// the service runs it (reopen needs the file of an earlier run). Each phase reports its wall and CPU time and the
// managed heap and RSS after a full collection; the store's own log lines time its inner steps. seed: the seed
// CSV load alone, cold (to profile it).
if (args.Length != 3 || args[0] is not ("all" or "seed" or "first" or "reopen"))
{
    Console.Error.WriteLine("usage: StartupPhases all|seed|first|reopen <seed root> <work dir>");
    return 2;
}

var (mode, seedRoot, work) = (args[0], args[1], args[2]);
Directory.CreateDirectory(work);
var file = Path.Combine(work, "startup-phases.db");
if (mode != "reopen")
{
    foreach (var stale in Directory.EnumerateFiles(work, "startup-phases.db*"))
    {
        File.Delete(stale);
    }
}

var schema = KnowledgeGraphSchema.Instance;
var sets = SeedLoader.DefaultSets(seedRoot);
var clock = Stopwatch.StartNew();
var log = new ConsoleLog(clock);

if (mode == "seed")
{
    await Phase("seed CSV load + validation", () => new SeedLoader(schema).LoadAsync(sets, CancellationToken.None));
    return 0;
}

if (mode != "all")
{
    var store = await Phase(mode == "first" ? "first open (seed + SQLite write + index)" : "reopen (SQLite read + decode + index)",
        () => DurableGraphStore.OpenAsync(file, sets, schema, log, CancellationToken.None));
    await store.DisposeAsync();
    return 0;
}

var data = await Phase("seed CSV load + validation", () => new SeedLoader(schema).LoadAsync(sets, CancellationToken.None));
Console.WriteLine($"  {data.Nodes.Count:N0} nodes, {data.Relationships.Count:N0} relationships");
var embedded = await Phase("EmbeddedGraphStore build", () => Task.FromResult(new EmbeddedGraphStore(schema, data)));
GC.KeepAlive(embedded);
embedded = null;
data = null;

var first = await Phase("first open (seed + SQLite write + index)", () => DurableGraphStore.OpenAsync(file, sets, schema, log, CancellationToken.None));
await first.DisposeAsync();
first = null;
Console.WriteLine($"  file: {new FileInfo(file).Length / 1048576.0:N0} MiB");

var reopened = await Phase("reopen (SQLite read + decode + index)", () => DurableGraphStore.OpenAsync(file, sets, schema, log, CancellationToken.None));
await reopened.DisposeAsync();
reopened = null;

await Phase("bare SQLite scan of the rows", () => ScanAsync(file));
return 0;

async Task<T> Phase<T>(string name, Func<Task<T>> run)
{
    GC.Collect();
    var started = clock.ElapsedMilliseconds;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    Console.WriteLine($"[{started,7} ms] {name}");
    var result = await run();
    var took = clock.ElapsedMilliseconds - started;
    var cpuTook = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    Console.WriteLine($"  => {took:N0} ms (CPU {cpuTook:N0} ms); managed heap {GC.GetTotalMemory(false) / 1048576:N0} MiB, RSS {Environment.WorkingSet / 1048576:N0} MiB");
    return result;
}

static async Task<long> ScanAsync(string path)
{
    await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
    await connection.OpenAsync();
    long characters = 0;
    foreach (var sql in new[] { "SELECT id, label, properties FROM nodes", "SELECT type, start_id, end_id, properties FROM relationships" })
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                characters += reader.GetString(i).Length;
            }
        }
    }

    return characters;
}
