using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Analytics.Communities;
using KnowledgeGraph.Core.Analytics.Structure;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Tests.Seed;
using KnowledgeGraph.Tests.Oracles;

namespace KnowledgeGraph.Core.Tests.Analytics.Oracle;

/// <summary>
/// Every node measure, the network statistics, bridges and articulation points, and the modularity of every
/// community algorithm, held to networkx on random graphs, textbook graphs and the reference co-participation
/// network (1e-9). Community quality is compared with networkx's Louvain and label propagation and igraph's Leiden.
/// </summary>
public sealed class NetworkMeasuresOracleTests : IClassFixture<NetworkMeasuresOracleTests.Oracle>
{
    private const double Tolerance = 1e-9;

    private readonly Oracle _oracle;

    public NetworkMeasuresOracleTests(Oracle oracle) => _oracle = oracle;

    public static TheoryData<string> Graphs => [.. Oracle.Names];

    public static TheoryData<string, CentralityMeasure> Measures()
    {
        var data = new TheoryData<string, CentralityMeasure>();
        CentralityMeasure[] measures =
        [
            CentralityMeasure.Degree, CentralityMeasure.WeightedDegree, CentralityMeasure.Closeness, CentralityMeasure.HarmonicCloseness,
            CentralityMeasure.Eigenvector, CentralityMeasure.Hub, CentralityMeasure.Authority, CentralityMeasure.CoreNumber,
            CentralityMeasure.Clustering, CentralityMeasure.Triangles,
        ];
        foreach (var name in Oracle.Names)
        {
            foreach (var measure in measures)
            {
                data.Add(name, measure);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public async Task Node_measures_agree_with_networkx(string graphName, CentralityMeasure measure)
    {
        var (graph, expected) = await _oracle.GetAsync(graphName);
        var key = char.ToLowerInvariant(measure.ToString()[0]) + measure.ToString()[1..];
        var scores = CentralityScores.Compute(graph.Graph, measure);

        var reference = expected[key]!.AsObject();
        for (var v = 0; v < graph.Graph.NodeCount; v++)
        {
            var id = graph.Graph.NodeIds[v];
            Assert.True(Math.Abs(reference[id]!.GetValue<double>() - scores[v]) <= Tolerance,
                $"{measure} of {id} in {graphName}: networkx {reference[id]}, service {scores[v]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task Network_statistics_agree_with_networkx(string graphName)
    {
        var (graph, expected) = await _oracle.GetAsync(graphName);
        var stats = NetworkStatistics.Compute(graph.Graph);
        var reference = expected["stats"]!.AsObject();

        Assert.Equal(reference["nodeCount"]!.GetValue<int>(), stats.NodeCount);
        Assert.Equal(reference["linkCount"]!.GetValue<int>(), stats.LinkCount);
        Assert.Equal(reference["componentCount"]!.GetValue<int>(), stats.ComponentCount);
        Assert.Equal(reference["largestComponentSize"]!.GetValue<int>(), stats.LargestComponentSize);
        Assert.Equal(reference["diameter"]!.GetValue<int>(), stats.Diameter);
        Assert.Equal(reference["triangleCount"]!.GetValue<long>(), stats.TriangleCount);
        Assert.Equal(reference["degeneracy"]!.GetValue<int>(), stats.Degeneracy);
        Assert.True(stats.PathLengthsExact);
        foreach (var (name, value) in new (string, double)[]
        {
            ("totalWeight", stats.TotalWeight), ("averageDegree", stats.AverageDegree), ("averageWeightedDegree", stats.AverageWeightedDegree),
            ("density", stats.Density), ("averagePathLength", stats.AveragePathLength), ("averageClustering", stats.AverageClustering),
            ("transitivity", stats.Transitivity),
        })
        {
            Assert.True(Math.Abs(reference[name]!.GetValue<double>() - value) <= Tolerance, $"{name} of {graphName}: networkx {reference[name]}, service {value:R}");
        }

        var assortativity = reference["degreeAssortativity"]?.GetValue<double>();
        Assert.Equal(assortativity is null, stats.DegreeAssortativity is null);
        if (assortativity is { } r)
        {
            Assert.True(Math.Abs(r - stats.DegreeAssortativity!.Value) <= Tolerance, $"assortativity of {graphName}: networkx {r}, service {stats.DegreeAssortativity}");
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task Bridges_and_articulation_points_agree_with_networkx(string graphName)
    {
        var (graph, expected) = await _oracle.GetAsync(graphName);
        var cuts = CutStructure.Of(graph.Graph);
        var ids = graph.Graph.NodeIds;

        var bridges = cuts.Bridges.Select(b => new[] { ids[b.A], ids[b.B] }.Order(StringComparer.Ordinal).ToArray())
            .OrderBy(b => b[0], StringComparer.Ordinal).ThenBy(b => b[1], StringComparer.Ordinal).ToList();
        var referenceBridges = expected["bridges"]!.AsArray().Select(b => b!.AsArray().Select(x => x!.GetValue<string>()).ToArray())
            .OrderBy(b => b[0], StringComparer.Ordinal).ThenBy(b => b[1], StringComparer.Ordinal).ToList();
        Assert.Equal(referenceBridges, bridges);
        Assert.Equal(expected["articulationPoints"]!.AsArray().Select(x => x!.GetValue<string>()).Order(StringComparer.Ordinal),
            cuts.ArticulationPoints.Select(v => ids[v]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task Community_modularity_is_what_networkx_computes_and_leiden_communities_are_connected(string graphName)
    {
        var (graph, expected) = await _oracle.GetAsync(graphName);
        foreach (var (name, result) in graph.Results)
        {
            var reference = expected["modularity"]![name]!.GetValue<double>();
            Assert.True(Math.Abs(reference - result.Modularity) <= Tolerance, $"{name} on {graphName}: networkx {reference}, service {result.Modularity:R}");
        }

        Assert.True(expected["connected"]!["leiden"]!.GetValue<bool>(), $"a Leiden community of {graphName} is not connected");
        Assert.True(expected["connected"]!["labelPropagation"]!.GetValue<bool>(), $"a label propagation community of {graphName} is not connected");
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task Community_quality_is_comparable_to_networkx_and_igraph(string graphName)
    {
        var (graph, expected) = await _oracle.GetAsync(graphName);
        if (expected["networkxLouvainModularity"] is not { } louvain)
        {
            return; // no edge: nothing to compare
        }

        var best = Math.Max(louvain.GetValue<double>(), expected["igraphLeidenModularity"]!.GetValue<double>());
        Assert.True(graph.Results["leiden"].Modularity >= 0.98 * best - 1e-9,
            $"Leiden on {graphName}: {graph.Results["leiden"].Modularity}, best of networkx Louvain and igraph Leiden's median {best} (igraph's range over seeds {expected["igraphLeidenModularityRange"]?.ToJsonString()})");
        Assert.True(graph.Results["louvain"].Modularity >= 0.97 * best - 1e-9,
            $"Louvain on {graphName}: {graph.Results["louvain"].Modularity}, best {best}");
        var lpa = expected["networkxLabelPropagationModularity"]!.GetValue<double>();
        Assert.True(graph.Results["labelPropagation"].Modularity >= 0.85 * lpa - 0.02,
            $"label propagation on {graphName}: {graph.Results["labelPropagation"].Modularity}, networkx's {lpa}");
    }

    /// <summary>The graphs, our partitions of them, and networkx's answers: computed once for the class.</summary>
    public sealed class Oracle
    {
        public static readonly string[] Names = ["random-a", "random-b", "random-c", "path", "star", "bowtie", "two-cliques", "no-edges", "reference"];

        private readonly Lazy<Task<Dictionary<string, (Case, JsonObject)>>> _answers = new(ComputeAsync);

        public async Task<(Case Graph, JsonObject Expected)> GetAsync(string name) => (await _answers.Value)[name];

        private static async Task<Dictionary<string, (Case, JsonObject)>> ComputeAsync()
        {
            var cases = new List<Case>
            {
                Case.Of("random-a", RandomGraph(60, 0.06, seed: 1)),
                Case.Of("random-b", RandomGraph(120, 0.03, seed: 2)),
                Case.Of("random-c", RandomGraph(40, 0.2, seed: 3)),
                Case.Of("path", SmallGraphs.Path(7)),
                Case.Of("star", SmallGraphs.Star(6)),
                Case.Of("bowtie", SmallGraphs.Bowtie()),
                Case.Of("two-cliques", SmallGraphs.TwoCliques(5)),
                Case.Of("no-edges", SmallGraphs.Build(SmallGraphs.Names(3))),
                Case.Of("reference", await ReferenceNetworkAsync()),
            };
            var answers = await NetworkxOracle.RunAsync(cases.Select(c => c.ToOracle()));
            return cases.Zip(answers).ToDictionary(p => p.First.Name, p => (p.First, p.Second));
        }

        // Sparse random graphs with weights 1–3: several components and isolated nodes.
        private static WeightedGraph RandomGraph(int n, double p, int seed)
        {
            var random = new Random(seed);
            var names = Enumerable.Range(0, n).Select(i => $"n{i:D3}").ToArray();
            var edges = new List<(string, string, double)>();
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    if (random.NextDouble() < p)
                    {
                        edges.Add((names[i], names[j], random.Next(1, 4)));
                    }
                }
            }

            return WeightedGraph.Create(names, edges);
        }

        private static async Task<WeightedGraph> ReferenceNetworkAsync()
        {
            var data = await new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(SeedLoader.DefaultSets(RepositorySeed.SeedRoot), CancellationToken.None);
            return CoParticipationNetwork.Build(GraphView.Build(data)).Graph;
        }
    }

    /// <summary>A graph and the partitions the service finds in it.</summary>
    public sealed record Case(string Name, WeightedGraph Graph, IReadOnlyDictionary<string, CommunityResult> Results)
    {
        public static Case Of(string name, WeightedGraph graph) => new(name, graph, new Dictionary<string, CommunityResult>
        {
            ["louvain"] = Louvain.Detect(graph),
            ["leiden"] = Leiden.Detect(graph),
            ["labelPropagation"] = LabelPropagation.Detect(graph),
        });

        internal OracleGraph ToOracle() => new(Name, Graph, Results.ToDictionary(p => p.Key, p => Assignment(p.Value)));

        private IReadOnlyList<int> Assignment(CommunityResult result)
        {
            var assignment = new int[Graph.NodeCount];
            foreach (var community in result.Communities)
            {
                foreach (var id in community.Members)
                {
                    assignment[Graph.IndexOf(id)] = community.Index;
                }
            }

            return assignment;
        }
    }
}
