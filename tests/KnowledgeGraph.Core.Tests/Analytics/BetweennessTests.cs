using KnowledgeGraph.Core.Analytics.Centrality;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class BetweennessTests
{
    [Fact]
    public void On_a_path_each_node_lies_between_its_left_and_right_sides()
    {
        // Node i of a 5-node path separates i nodes on its left from 4 − i on its right.
        var scores = Betweenness.Compute(SmallGraphs.Path(5));

        Assert.Equal([0, 3, 4, 3, 0], scores);
    }

    [Fact]
    public void Normalised_scores_divide_by_the_pairs_that_do_not_involve_the_node()
    {
        var scores = Betweenness.Compute(SmallGraphs.Path(5), normalized: true);

        Assert.Equal([0, 3 / 6.0, 4 / 6.0, 3 / 6.0, 0], scores, new DoubleTolerance(1e-12));
    }

    [Fact]
    public void The_centre_of_a_star_lies_on_every_path_between_two_leaves()
    {
        var scores = Betweenness.Compute(SmallGraphs.Star(6));

        Assert.Equal(10, scores[0]); // C(5, 2) pairs of leaves
        Assert.All(scores.Skip(1), s => Assert.Equal(0, s));
    }

    [Fact]
    public void The_knot_of_a_bowtie_joins_its_two_triangles()
    {
        var scores = Betweenness.Compute(SmallGraphs.Bowtie());

        Assert.Equal([0, 0, 4, 0, 0], scores); // {a, b} × {d, e}
    }

    [Fact]
    public void Equal_shortest_paths_share_the_credit()
    {
        // A square: each opposite pair has two shortest paths, so every node gets 1/2.
        var square = SmallGraphs.Build(SmallGraphs.Names(4), ("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"));

        Assert.Equal([0.5, 0.5, 0.5, 0.5], Betweenness.Compute(square));
    }

    [Fact]
    public void Weighted_betweenness_takes_one_over_the_weight_as_the_length()
    {
        // a-b and b-c are weak (length 1), c-d and d-a strong (length 1/2): a→c goes through d (length 1 < 2);
        // b→d has two paths of length 1.5 (through a and through c).
        var square = SmallGraphs.Weighted(SmallGraphs.Names(4), ("a", "b", 1), ("b", "c", 1), ("c", "d", 2), ("d", "a", 2));

        Assert.Equal([0.5, 0, 0.5, 1], Betweenness.ComputeWeighted(square), new DoubleTolerance(1e-12));
    }

    [Fact]
    public void Weighted_betweenness_equals_the_unweighted_one_when_all_weights_are_equal()
    {
        var bowtie = SmallGraphs.Bowtie();

        Assert.Equal(Betweenness.Compute(bowtie), Betweenness.ComputeWeighted(bowtie), new DoubleTolerance(1e-12));
    }
}
