namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>
/// Kleinberg's HITS by power iteration with the edge weights, from the uniform vector, each vector scaled to sum 1
/// at the end; networkx's reference iteration (<c>_hits_python</c>, normalized). The networks here are undirected,
/// so a node's hub and authority scores are equal (both are the principal eigenvector of A²); a network without
/// edges scores 0 everywhere.
/// </summary>
public static class Hits
{
    public const int MaxIterations = 20_000;

    public static (double[] Hubs, double[] Authorities) Compute(WeightedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var hubs = new double[n];
        var authorities = new double[n];
        if (graph.EdgeCount == 0)
        {
            return (hubs, authorities);
        }

        Array.Fill(hubs, 1.0 / n);
        var last = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (iteration % 64 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            (last, hubs) = (hubs, last);
            Array.Clear(hubs);
            Array.Clear(authorities);
            Multiply(graph, last, authorities);
            Multiply(graph, authorities, hubs);
            Scale(hubs, 1 / hubs.Max());
            Scale(authorities, 1 / authorities.Max());
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                change += Math.Abs(hubs[v] - last[v]);
            }

            if (change < Math.Max(1e-12, n * 1e-15))
            {
                break;
            }
        }

        Scale(hubs, 1 / hubs.Sum());
        Scale(authorities, 1 / authorities.Sum());
        return (hubs, authorities);
    }

    // target[w] += source[v] × weight(v, w) for every edge, both ways.
    private static void Multiply(WeightedGraph graph, double[] source, double[] target)
    {
        for (var v = 0; v < source.Length; v++)
        {
            var neighbors = graph.Neighbors(v);
            var weights = graph.Weights(v);
            for (var k = 0; k < neighbors.Length; k++)
            {
                target[neighbors[k]] += source[v] * weights[k];
            }
        }
    }

    private static void Scale(double[] values, double factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }
}
