using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// <see cref="EmbeddedGraphStore.ReadAsync"/> on the plans the service builds (captured once), over the reference
/// data. Baseline: a fixed piece of work that touches none of the project's code (sorting a copy of 1,000 seeded
/// random integers), so that ratios stay comparable across runs on a noisy machine and across store changes.
/// The <c>…_NoCursors</c> methods run the same plans with <see cref="ConnectionQuery.Cursors"/> set to
/// <see cref="EdgeCursors.None"/> everywhere, as the planner can set it when no cursor or pageInfo is selected (none
/// of the three operations selects one).
/// </summary>
[MemoryDiagnoser]
public class EmbeddedStoreBenchmarks
{
    private EmbeddedGraphStore _store = null!;
    private ReadPlan _simplePage = null!;
    private ReadPlan _flagship = null!;
    private ReadPlan _deepNested = null!;
    private ReadPlan _simplePageNoCursors = null!;
    private ReadPlan _flagshipNoCursors = null!;
    private ReadPlan _deepNestedNoCursors = null!;
    private int[] _constantWork = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = ReferenceGraph.Store;
        _simplePage = GraphQLHost.PlanOf(Operations.SimplePage);
        _flagship = GraphQLHost.PlanOf(Operations.Flagship);
        _deepNested = GraphQLHost.PlanOf(Operations.DeepNested);
        _simplePageNoCursors = WithoutCursors(_simplePage);
        _flagshipNoCursors = WithoutCursors(_flagship);
        _deepNestedNoCursors = WithoutCursors(_deepNested);
        var random = new Random(20261123);
        _constantWork = Enumerable.Range(0, 1000).Select(_ => random.Next()).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int[] ConstantWork()
    {
        var copy = (int[])_constantWork.Clone();
        Array.Sort(copy);
        return copy;
    }

    [Benchmark]
    public Task<ReadResult> SimplePage() => _store.ReadAsync(_simplePage, CancellationToken.None);

    [Benchmark]
    public Task<ReadResult> Flagship() => _store.ReadAsync(_flagship, CancellationToken.None);

    [Benchmark]
    public Task<ReadResult> DeepNested() => _store.ReadAsync(_deepNested, CancellationToken.None);

    [Benchmark]
    public Task<ReadResult> SimplePage_NoCursors() => _store.ReadAsync(_simplePageNoCursors, CancellationToken.None);

    [Benchmark]
    public Task<ReadResult> Flagship_NoCursors() => _store.ReadAsync(_flagshipNoCursors, CancellationToken.None);

    [Benchmark]
    public Task<ReadResult> DeepNested_NoCursors() => _store.ReadAsync(_deepNestedNoCursors, CancellationToken.None);

    private static ReadPlan WithoutCursors(ReadPlan plan) =>
        new([.. plan.Roots.Select(root => root is CollectionRead read ? read with { Query = WithoutCursors(read.Query) } : root)]);

    private static ConnectionQuery WithoutCursors(ConnectionQuery query) => query with
    {
        Cursors = EdgeCursors.None,
        Projection = query.Projection with
        {
            Relationships = [.. query.Projection.Relationships.Select(s => s with { Query = WithoutCursors(s.Query) })],
        },
    };
}
