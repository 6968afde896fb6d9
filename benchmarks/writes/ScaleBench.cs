using System.Diagnostics;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Generation;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Writes;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Benchmarks.Writes;

/// <summary>A durable store seeded with the curated set and the synthetic set at one scale (generated into a temp folder).</summary>
internal sealed class ScaleBench : IAsyncDisposable
{
    private static readonly WriteContext Context = new("benchmark", DateTimeOffset.UtcNow);
    private readonly int _scale;
    private int _next;

    private ScaleBench(int scale, DurableGraphStore store)
    {
        _scale = scale;
        Store = store;
    }

    public DurableGraphStore Store { get; }

    public int Nodes => Store.Current.Store.NodeCount;

    public int Relationships => Store.Current.Store.RelationshipCount;

    public static async Task<ScaleBench> OpenAsync(TempRoot root, int scale, string repositoryRoot)
    {
        var curated = Path.Combine(repositoryRoot, "graph-seed", "curated");
        var synthetic = Path.Combine(root.Path, $"synthetic-{scale}");
        var clock = Stopwatch.StartNew();
        await SyntheticSeedSet.GenerateAsync(curated, synthetic, new GenerationOptions(scale), CancellationToken.None);
        Console.Error.WriteLine($"scale {scale}: generated in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var store = await DurableGraphStore.OpenAsync(
            Path.Combine(root.Path, $"graph-{scale}.db"), [curated, synthetic], KnowledgeGraphSchema.Instance, NullLogger.Instance, CancellationToken.None);
        Console.Error.WriteLine($"scale {scale}: seeded in {clock.Elapsed.TotalSeconds:0.0} s");
        return new ScaleBench(scale, store);
    }

    /// <summary>A createActor as the API sends it: the actor and where it is based; ids fall anywhere among the actors'.</summary>
    public ChangeSet NextCreateActor()
    {
        var n = Interlocked.Increment(ref _next);
        var id = $"ACT-{(char)('A' + n % 26)}BENCH-{_scale}-{n:D6}";
        return ChangeSet.Of(
            new CreateNode("Actor", id, new Dictionary<string, object?>
            {
                ["name"] = $"Benchmark actor {n}", ["kind"] = "ASSOCIATION", ["source"] = "BENCHMARK",
                ["description"] = "An actor created by the write benchmark.",
            }),
            new Link("BASED_IN", id, "REG-76", new Dictionary<string, object?>()));
    }

    public async Task<Stats> SingleWritesAsync(int writes)
    {
        for (var i = 0; i < 20; i++)
        {
            await Store.ApplyAsync(NextCreateActor(), Context, CancellationToken.None);
        }

        var samples = new List<double>(writes);
        for (var i = 0; i < writes; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await Store.ApplyAsync(NextCreateActor(), Context, CancellationToken.None);
            samples.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
        }

        return Stats.Of(samples);
    }

    /// <summary>
    /// The in-memory part of a write now: validation against the index and the index patched (no commit). Besides
    /// the time per write, the process's CPU time per write: the work done, which a loaded machine changes less than
    /// the elapsed time (the patch runs its independent parts on several cores), and the bytes allocated per write (what
    /// the garbage collector pays for; the same whatever the machine's load).
    /// </summary>
    public (Stats Elapsed, double CpuMs, double AllocatedMb) InMemoryWrites(int rounds)
    {
        var validator = new ChangeSetValidator(KnowledgeGraphSchema.Instance);
        var samples = new List<double>(rounds);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < rounds; i++)
        {
            var current = Store.Current.Store;
            var start = Stopwatch.GetTimestamp();
            var delta = validator.Validate(NextCreateActor(), current.Lookup);
            _ = current.Apply(delta);
            samples.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        return (Stats.Of(samples), (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / rounds, allocated / 1048576.0 / rounds);
    }

    /// <summary>The in-memory part of a write as it was before: the lookup indexed and the whole store rebuilt from the data.</summary>
    public Stats RebuildBaseline(int rounds)
    {
        var schema = KnowledgeGraphSchema.Instance;
        var validator = new ChangeSetValidator(schema);
        var samples = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var data = Store.Data;
            var start = Stopwatch.GetTimestamp();
            var delta = validator.Validate(NextCreateActor(), new GraphDataLookup(data));
            _ = new EmbeddedGraphStore(schema, delta.ApplyTo(data));
            samples.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
        }

        return Stats.Of(samples);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
