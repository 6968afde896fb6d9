using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Analytics.Communities;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// The graph-wide analyses the service computes once per data version, on the reference data's co-participation
/// network. Baseline: building that network from the graph view.
/// </summary>
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    private GraphView _view = null!;
    private WeightedGraph _network = null!;

    [GlobalSetup]
    public void Setup()
    {
        _view = GraphView.Build(ReferenceGraph.Data, ReferenceGraph.Schema);
        _network = CoParticipationNetwork.Build(_view).Graph;
    }

    [Benchmark(Baseline = true)]
    public WeightedGraph BuildCoParticipationNetwork() => CoParticipationNetwork.Build(_view).Graph;

    [Benchmark]
    public double[] Betweenness() => CentralityScores.Compute(_network, CentralityMeasure.Betweenness);

    [Benchmark]
    public double[] Closeness() => CentralityScores.Compute(_network, CentralityMeasure.Closeness);

    [Benchmark]
    public double[] HarmonicCloseness() => CentralityScores.Compute(_network, CentralityMeasure.HarmonicCloseness);

    [Benchmark]
    public double[] PageRank() => CentralityScores.Compute(_network, CentralityMeasure.PageRank);

    [Benchmark]
    public CommunityResult LouvainCommunities() => Louvain.Detect(_network);
}
