namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>Power-iteration settings: damping, the L1 change under which iteration stops, and an iteration cap.</summary>
public sealed record PageRankOptions(double Damping = 0.85, double Tolerance = 1e-10, int MaxIterations = 200, bool Weighted = true)
{
    public static PageRankOptions Default { get; } = new();
}

/// <summary>
/// PageRank on an undirected graph: each node passes its rank to its neighbours in proportion to the edge weights
/// (or equally when unweighted); an isolated node spreads its rank over all nodes. Scores sum to 1.
/// </summary>
public static class PageRank
{
    public static double[] Compute(WeightedGraph graph, PageRankOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PageRankOptions.Default;
        if (options.Damping is < 0 or >= 1 || !(options.Tolerance > 0) || options.MaxIterations < 1)
        {
            throw AnalyticsErrors.InvalidArgument("PageRank needs 0 <= damping < 1, a positive tolerance and at least one iteration.");
        }

        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        var strength = new double[n];
        for (var v = 0; v < n; v++)
        {
            strength[v] = options.Weighted ? Sum(graph.Weights(v)) : graph.Neighbors(v).Length;
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                dangling += strength[v] == 0 ? rank[v] : 0;
            }

            Array.Fill(next, (1 - options.Damping) / n + options.Damping * dangling / n);
            for (var v = 0; v < n; v++)
            {
                if (strength[v] == 0)
                {
                    continue;
                }

                var neighbors = graph.Neighbors(v);
                var weights = graph.Weights(v);
                for (var k = 0; k < neighbors.Length; k++)
                {
                    var share = options.Weighted ? weights[k] / strength[v] : 1 / strength[v];
                    next[neighbors[k]] += options.Damping * rank[v] * share;
                }
            }

            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < options.Tolerance)
            {
                break;
            }
        }

        return rank;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }
}
