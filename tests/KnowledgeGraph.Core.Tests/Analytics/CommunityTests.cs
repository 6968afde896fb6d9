using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Communities;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class CommunityTests
{
    [Fact]
    public void Louvain_finds_two_cliques_joined_by_one_edge()
    {
        var graph = SmallGraphs.TwoCliques(4);

        var result = Louvain.Detect(graph);

        Assert.Equal(2, result.Communities.Count);
        Assert.Equal(["n00", "n01", "n02", "n03"], result.Communities[0].Members);
        Assert.Equal(["n04", "n05", "n06", "n07"], result.Communities[1].Members);
        // m = 13; each community has 6 inner edges and degree sum 13: Q = 2 (6/13 − (13/26)²) = 12/13 − 1/2.
        Assert.Equal(12.0 / 13 - 0.5, result.Modularity, 12);
    }

    [Fact]
    public void Modularity_matches_the_double_sum_formula()
    {
        var graph = SmallGraphs.Weighted(SmallGraphs.Names(6),
            ("a", "b", 2), ("b", "c", 1), ("a", "c", 1), ("c", "d", 0.5), ("d", "e", 3), ("e", "f", 1), ("d", "f", 1));
        foreach (int[] partition in new[] { new[] { 0, 0, 0, 1, 1, 1 }, [0, 1, 0, 1, 0, 1], [0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5] })
        {
            Assert.Equal(DoubleSum(graph, partition), Modularity.Compute(graph, partition), 12);
        }
    }

    [Fact]
    public void Louvain_is_at_least_as_good_as_the_obvious_split_and_deterministic()
    {
        var graph = SmallGraphs.Weighted(SmallGraphs.Names(6),
            ("a", "b", 2), ("b", "c", 1), ("a", "c", 1), ("c", "d", 0.5), ("d", "e", 3), ("e", "f", 1), ("d", "f", 1));

        var first = Louvain.Detect(graph);
        var second = Louvain.Detect(graph);

        Assert.True(first.Modularity >= Modularity.Compute(graph, [0, 0, 0, 1, 1, 1]) - 1e-12);
        Assert.Equal(first.Communities.Select(c => c.Members), second.Communities.Select(c => c.Members));
    }

    [Fact]
    public void Connected_components_are_listed_largest_first()
    {
        var graph = SmallGraphs.Build(SmallGraphs.Names(6), ("a", "b"), ("b", "c"), ("d", "e"));

        var result = ConnectedComponents.Find(graph);

        Assert.Equal([["a", "b", "c"], ["d", "e"], ["f"]], result.Communities.Select(c => c.Members.ToArray()));
        Assert.Equal([3, 2, 1], result.Communities.Select(c => c.Size));
    }

    [Fact]
    public void A_graph_without_edges_has_singletons_and_zero_modularity()
    {
        var result = Louvain.Detect(SmallGraphs.Build(SmallGraphs.Names(3)));

        Assert.Equal(3, result.Communities.Count);
        Assert.Equal(0, result.Modularity);
    }

    // Q = 1/(2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j), straight from the definition.
    private static double DoubleSum(WeightedGraph graph, int[] partition)
    {
        var a = SmallGraphs.Matrix(graph);
        var n = graph.NodeCount;
        var k = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => a[i, j])).ToArray();
        var twoM = k.Sum();
        var q = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                q += partition[i] == partition[j] ? a[i, j] - k[i] * k[j] / twoM : 0;
            }
        }

        return q / twoM;
    }
}
