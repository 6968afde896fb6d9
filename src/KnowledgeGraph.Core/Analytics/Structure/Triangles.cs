namespace KnowledgeGraph.Core.Analytics.Structure;

/// <summary>
/// Triangles and clustering on the unweighted simple graph (weights ignored), as networkx's <c>triangles</c>,
/// <c>clustering</c>, <c>average_clustering</c> and <c>transitivity</c> define them.
/// </summary>
public static class Triangles
{
    /// <summary>The number of triangles each node is a corner of.</summary>
    public static long[] PerNode(WeightedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var count = new long[n];
        var marked = new bool[n];
        for (var v = 0; v < n; v++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var around = graph.Neighbors(v);
            foreach (var u in around)
            {
                marked[u] = true;
            }

            // Each triangle v < u < w is found once, from its smallest corner.
            foreach (var u in around)
            {
                if (u <= v)
                {
                    continue;
                }

                foreach (var w in graph.Neighbors(u))
                {
                    if (w > u && marked[w])
                    {
                        count[v]++;
                        count[u]++;
                        count[w]++;
                    }
                }
            }

            foreach (var u in around)
            {
                marked[u] = false;
            }
        }

        return count;
    }

    /// <summary>Local clustering: 2T / (d (d − 1)), 0 for nodes with fewer than two neighbours.</summary>
    public static double[] LocalClustering(WeightedGraph graph, long[]? triangles = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        triangles ??= PerNode(graph, cancellationToken);
        var result = new double[graph.NodeCount];
        for (var v = 0; v < result.Length; v++)
        {
            var d = graph.Neighbors(v).Length;
            result[v] = d < 2 ? 0 : 2.0 * triangles[v] / ((double)d * (d - 1));
        }

        return result;
    }

    /// <summary>Global transitivity: 3 × triangles / connected triples (0 when there is no triangle).</summary>
    public static double Transitivity(WeightedGraph graph, long[] triangles)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(triangles);
        double corners = 0, triples = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var d = (double)graph.Neighbors(v).Length;
            corners += triangles[v];
            triples += d * (d - 1) / 2;
        }

        return corners == 0 ? 0 : corners / triples;
    }
}
