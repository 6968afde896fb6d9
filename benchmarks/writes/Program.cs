// Write benchmark of the durable embedded store (in process, real SQLite file, WAL, synchronous=FULL):
//   1. one createActor at a time, at each scale, fsync included; same-run baselines: an fsync-only SQLite commit on
//      the same disk, and the write as it was before (the whole in-memory store rebuilt from the data);
//   2. sustained writes at the first scale with N concurrent writers (group commit);
//   3. reads during that write load against a quiet run.
// Usage: dotnet run -c Release --project benchmarks/writes -- [--scales 1,10,100] [--writes 200] [--seconds 5] [--writers 8] [--out file.md]
using System.Globalization;
using KnowledgeGraph.Benchmarks.Writes;

var options = BenchOptions.Parse(args);
var report = new Report();
report.Line($"# Writes, durable embedded store — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.Line();
report.Line($"Machine: {Environment.ProcessorCount} cores; load average before: {LoadAverage.Read()}.");
report.Line($"Command: `dotnet run -c Release --project benchmarks/writes -- {string.Join(' ', args)}`");
report.Line();
report.Line("## One createActor at a time (fsync included)");
report.Line();
report.Line("| scale | nodes | relationships | createActor p50 ms | p99 ms | in memory (validate + patch) p50 ms | in memory CPU ms per write | in memory MB allocated per write | fsync-only commit p50 ms | write / fsync-only | before: validate + rebuild p50 ms | before / now |");
report.Line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

using var root = new TempRoot();
WriteLoad.Result? sustained = null;
(Stats Quiet, Stats Loaded)? reads = null;
foreach (var scale in options.Scales)
{
    await using var bench = await ScaleBench.OpenAsync(root, scale, options.RepositoryRoot);
    var single = await bench.SingleWritesAsync(options.Writes);
    var memory = bench.InMemoryWrites(options.Writes);
    var fsync = FsyncBaseline.Measure(Path.Combine(root.Path, $"fsync-{scale}.db"), options.Writes);
    var rebuild = bench.RebuildBaseline(scale >= 100 ? 3 : 5);
    report.Line(string.Create(CultureInfo.InvariantCulture,
        $"| {scale}x | {bench.Nodes:N0} | {bench.Relationships:N0} | {single.P50:0.00} | {single.P99:0.00} | {memory.Elapsed.P50:0.000} | {memory.CpuMs:0.000} | {memory.AllocatedMb:0.0} | {fsync.P50:0.00} | {single.P50 / fsync.P50:0.00} | {rebuild.P50:0.0} | {rebuild.P50 / single.P50:0}× |"));
    if (sustained is null)
    {
        var quiet = await ReadLoad.RunAsync(bench.Store, options.Seconds, CancellationToken.None);
        (sustained, var loaded) = await WriteLoad.RunAsync(bench.Store, options.Writers, options.Seconds);
        reads = (quiet, loaded);
    }
}

report.Line();
report.Line($"## Sustained writes at {options.Scales[0]}x, {options.Writers} concurrent writers, {options.Seconds} s (group commit)");
report.Line();
report.Line("| writes/s | write p50 ms | write p99 ms | commits | writes per commit |");
report.Line("|---:|---:|---:|---:|---:|");
report.Line(string.Create(CultureInfo.InvariantCulture,
    $"| {sustained!.PerSecond:N0} | {sustained.Latency.P50:0.00} | {sustained.Latency.P99:0.00} | {sustained.Commits:N0} | {sustained.PerCommit:0.0} |"));
report.Line();
report.Line($"## Reads during that write load (actors, first 20, every property; one reader)");
report.Line();
report.Line("| run | reads | p50 ms | p99 ms | p50 / quiet p50 |");
report.Line("|---|---:|---:|---:|---:|");
report.Line(string.Create(CultureInfo.InvariantCulture, $"| quiet | {reads!.Value.Quiet.Count:N0} | {reads.Value.Quiet.P50:0.000} | {reads.Value.Quiet.P99:0.000} | 1.00 |"));
report.Line(string.Create(CultureInfo.InvariantCulture,
    $"| during writes | {reads.Value.Loaded.Count:N0} | {reads.Value.Loaded.P50:0.000} | {reads.Value.Loaded.P99:0.000} | {reads.Value.Loaded.P50 / reads.Value.Quiet.P50:0.00} |"));
report.Line();
report.Line($"Load average after: {LoadAverage.Read()}.");
await report.SaveAsync(options.Out);
return 0;
