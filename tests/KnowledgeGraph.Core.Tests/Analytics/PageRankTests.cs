using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class PageRankTests
{
    // a–b (3), a–c (1), b–c (1), c–d (2), and e isolated (a dangling node).
    private static readonly WeightedGraph Graph = SmallGraphs.Weighted(SmallGraphs.Names(5),
        ("a", "b", 3), ("a", "c", 1), ("b", "c", 1), ("c", "d", 2));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Matches_power_iteration_on_the_explicit_google_matrix(bool weighted)
    {
        var expected = ReferencePageRank(Graph, 0.85, weighted);

        var actual = PageRank.Compute(Graph, new PageRankOptions(Weighted: weighted));

        Assert.Equal(expected, actual, new DoubleTolerance(1e-9));
        Assert.Equal(1, actual.Sum(), 9);
    }

    [Fact]
    public void Weights_move_rank_towards_strong_partners()
    {
        var weighted = PageRank.Compute(Graph);
        var unweighted = PageRank.Compute(Graph, new PageRankOptions(Weighted: false));

        Assert.True(weighted[0] > unweighted[0]); // a's strong tie to b
    }

    [Fact]
    public void Rejects_a_damping_of_one()
    {
        var error = Assert.Throws<KnowledgeGraph.Core.Store.InvalidQueryException>(() => PageRank.Compute(Graph, new PageRankOptions(Damping: 1)));

        Assert.Equal("INVALID_ARGUMENT", error.Code);
    }

    // G = d·M + d·(dangling columns spread evenly) + (1 − d)/n, iterated 2,000 times from the uniform vector.
    private static double[] ReferencePageRank(WeightedGraph graph, double d, bool weighted)
    {
        var a = SmallGraphs.Matrix(graph);
        var n = graph.NodeCount;
        var g = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var columnSum = 0.0;
            for (var i = 0; i < n; i++)
            {
                columnSum += weighted ? a[i, j] : (a[i, j] > 0 ? 1 : 0);
            }

            for (var i = 0; i < n; i++)
            {
                var link = weighted ? a[i, j] : (a[i, j] > 0 ? 1 : 0);
                var transition = columnSum == 0 ? 1.0 / n : link / columnSum;
                g[i, j] = d * transition + (1 - d) / n;
            }
        }

        var x = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    next[i] += g[i, j] * x[j];
                }
            }

            x = next;
        }

        return x;
    }
}
