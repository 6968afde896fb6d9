using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// <see cref="EmbeddedGraphStore.ReadAsync"/> on the plans the service builds (captured once), over the reference
/// data. Baseline: the simple collection page.
/// </summary>
[MemoryDiagnoser]
public class EmbeddedStoreBenchmarks
{
    private EmbeddedGraphStore _store = null!;
    private ReadPlan _simplePage = null!;
    private ReadPlan _flagship = null!;
    private ReadPlan _deepNested = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = ReferenceGraph.Store;
        _simplePage = GraphQLHost.PlanOf(Operations.SimplePage);
        _flagship = GraphQLHost.PlanOf(Operations.Flagship);
        _deepNested = GraphQLHost.PlanOf(Operations.DeepNested);
    }

    [Benchmark(Baseline = true)]
    public Task<ReadResult> SimplePage() => _store.ReadAsync(_simplePage, CancellationToken.None);

    [Benchmark]
    public Task<ReadResult> Flagship() => _store.ReadAsync(_flagship, CancellationToken.None);

    [Benchmark]
    public Task<ReadResult> DeepNested() => _store.ReadAsync(_deepNested, CancellationToken.None);
}
