using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Analytics.Communities;
using KnowledgeGraph.Core.Analytics.Structure;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// The researchers' measures on the co-participation network at 1x (the reference data) and 100x (the curated data
/// with the synthetic set generated at scale 100, as <c>kg generate --scale 100</c> makes it). Baseline: the weighted
/// degree, a single pass over the links. The O(n·m) measures (betweenness, closeness) are in
/// <see cref="AnalyticsBenchmarks"/> at 1x only: at 100x they take minutes, which is why every graph-wide result is
/// computed once per data version and cached.
/// </summary>
[MemoryDiagnoser]
public class NetworkScienceBenchmarks
{
    private WeightedGraph _network = null!;

    [Params(1, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = ReferenceGraph.AtScale(Scale);
        _network = CoParticipationNetwork.Build(GraphView.Build(data, ReferenceGraph.Schema)).Graph;
        Console.WriteLine($"// scale {Scale}: {_network.NodeCount} actors, {_network.EdgeCount} links");
    }

    [Benchmark(Baseline = true)]
    public double[] WeightedDegree() => CentralityScores.Compute(_network, CentralityMeasure.WeightedDegree);

    [Benchmark]
    public double[] Eigenvector() => CentralityScores.Compute(_network, CentralityMeasure.Eigenvector);

    [Benchmark]
    public double[] Hits() => CentralityScores.Compute(_network, CentralityMeasure.Hub);

    [Benchmark]
    public double[] CoreNumber() => CentralityScores.Compute(_network, CentralityMeasure.CoreNumber);

    [Benchmark]
    public double[] Clustering() => CentralityScores.Compute(_network, CentralityMeasure.Clustering);

    [Benchmark]
    public CutStructure BridgesAndArticulationPoints() => CutStructure.Of(_network);

    [Benchmark]
    public NetworkStatistics Statistics() => NetworkStatistics.Compute(_network);

    [Benchmark]
    public CommunityResult Leiden() => Core.Analytics.Communities.Leiden.Detect(_network);

    [Benchmark]
    public CommunityResult LabelPropagation() => Core.Analytics.Communities.LabelPropagation.Detect(_network);

    [Benchmark]
    public CommunityResult Louvain() => Core.Analytics.Communities.Louvain.Detect(_network);
}
