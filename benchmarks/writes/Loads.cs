using System.Diagnostics;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Benchmarks.Writes;

/// <summary>One reader in a loop: actors, first 20, every property (the simple page with all columns).</summary>
internal static class ReadLoad
{
    private static readonly ReadPlan Plan = new([new CollectionRead("actors", new ConnectionQuery(
        DomainLabels.Actor, null, [], new PageRequest(First: 20), new NodeProjection(DomainLabels.Actor.Properties, []), false))]);

    public static async Task<Stats> RunAsync(DurableGraphStore store, int seconds, CancellationToken cancellationToken)
    {
        var samples = new List<double>();
        var end = Stopwatch.GetTimestamp() + seconds * Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < end && !cancellationToken.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            await store.ReadAsync(Plan, CancellationToken.None);
            samples.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
        }

        return Stats.Of(samples);
    }
}

/// <summary>Concurrent writers creating actors for a while, with one reader measuring alongside.</summary>
internal static class WriteLoad
{
    internal sealed record Result(double PerSecond, Stats Latency, long Commits, double PerCommit);

    public static async Task<(Result Writes, Stats Reads)> RunAsync(DurableGraphStore store, int writers, int seconds)
    {
        var context = new WriteContext("benchmark", DateTimeOffset.UtcNow);
        var samples = new List<double>();
        var versionBefore = store.DataVersion;
        var commitsBefore = store.CommitCount;
        using var stop = new CancellationTokenSource();
        var next = 0;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                var id = $"ACT-{(char)('A' + n % 26)}LOAD-{w}-{n:D7}";
                var start = Stopwatch.GetTimestamp();
                await store.ApplyAsync(ChangeSet.Of(new CreateNode("Actor", id, new Dictionary<string, object?>
                {
                    ["name"] = $"Load actor {n}", ["kind"] = "COMPANY", ["source"] = "BENCHMARK",
                })), context, CancellationToken.None);
                mine.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
            }

            lock (samples)
            {
                samples.AddRange(mine);
            }
        })).ToList();
        var reads = await ReadLoad.RunAsync(store, seconds, CancellationToken.None);
        stop.Cancel();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var written = store.DataVersion - versionBefore;
        var commits = store.CommitCount - commitsBefore;
        return (new Result(written / elapsed, Stats.Of(samples), commits, commits == 0 ? 0 : (double)written / commits), reads);
    }
}
