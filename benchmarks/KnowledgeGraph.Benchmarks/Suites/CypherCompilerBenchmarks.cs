using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>Plan → one parameterised Cypher statement, for the same plans. Baseline: the simple collection page.</summary>
[MemoryDiagnoser]
public class CypherCompilerBenchmarks
{
    private CypherCompiler _compiler = null!;
    private ReadPlan _simplePage = null!;
    private ReadPlan _flagship = null!;
    private ReadPlan _deepNested = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compiler = new CypherCompiler(ReferenceGraph.Schema);
        _simplePage = GraphQLHost.PlanOf(Operations.SimplePage);
        _flagship = GraphQLHost.PlanOf(Operations.Flagship);
        _deepNested = GraphQLHost.PlanOf(Operations.DeepNested);
    }

    [Benchmark(Baseline = true)]
    public CompiledRead SimplePage() => _compiler.Compile(_simplePage);

    [Benchmark]
    public CompiledRead Flagship() => _compiler.Compile(_flagship);

    [Benchmark]
    public CompiledRead DeepNested() => _compiler.Compile(_deepNested);
}
