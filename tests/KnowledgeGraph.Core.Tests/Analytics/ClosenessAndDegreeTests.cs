using KnowledgeGraph.Core.Analytics.Centrality;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class ClosenessAndDegreeTests
{
    [Fact]
    public void Harmonic_closeness_on_a_path_sums_the_inverse_distances()
    {
        var raw = HarmonicCloseness.Compute(SmallGraphs.Path(4), normalized: false);

        Assert.Equal([1 + 1 / 2.0 + 1 / 3.0, 1 + 1 + 1 / 2.0, 1 + 1 + 1 / 2.0, 1 + 1 / 2.0 + 1 / 3.0], raw, new DoubleTolerance(1e-12));
    }

    [Fact]
    public void Normalised_closeness_is_one_for_a_node_next_to_everyone()
    {
        var scores = HarmonicCloseness.Compute(SmallGraphs.Star(5));

        Assert.Equal(1, scores[0], 12);
        Assert.Equal((1 + 3 / 2.0) / 4, scores[1], 12); // the centre at 1, three leaves at 2
    }

    [Fact]
    public void Unreachable_nodes_add_nothing()
    {
        var graph = SmallGraphs.Build(SmallGraphs.Names(4), ("a", "b"));

        Assert.Equal([1 / 3.0, 1 / 3.0, 0, 0], HarmonicCloseness.Compute(graph), new DoubleTolerance(1e-12));
    }

    [Fact]
    public void Degree_counts_partners_and_weighted_degree_sums_weights()
    {
        var graph = SmallGraphs.Weighted(SmallGraphs.Names(3), ("a", "b", 3), ("a", "c", 2), ("a", "b", 1));

        Assert.Equal([2, 1, 1], CentralityScores.Degree(graph, weighted: false));
        Assert.Equal([6, 4, 2], CentralityScores.Degree(graph, weighted: true)); // the parallel a-b edges merge into 4
    }
}
