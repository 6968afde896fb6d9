namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>
/// Betweenness centrality by Brandes' algorithm on an undirected graph: for each node, the sum over pairs of other
/// nodes of the share of their shortest paths that pass through it (each unordered pair counted once).
/// <see cref="Compute"/> counts hops; <see cref="ComputeWeighted"/> takes 1/weight as the length of an edge, so
/// actors that share many alliances are "closer".
/// </summary>
public static class Betweenness
{
    public static double[] Compute(WeightedGraph graph, bool normalized = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var centrality = new double[n];
        var distance = new int[n];
        var sigma = new double[n];
        var delta = new double[n];
        var order = new int[n];
        for (var s = 0; s < n; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(distance, -1);
            Array.Clear(sigma);
            Array.Clear(delta);
            distance[s] = 0;
            sigma[s] = 1;
            order[0] = s;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = order[head++];
                foreach (var w in graph.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                    }
                }
            }

            // Back-propagate dependencies in order of decreasing distance; predecessors are the neighbours one hop nearer.
            for (var k = tail - 1; k > 0; k--)
            {
                var w = order[k];
                foreach (var v in graph.Neighbors(w))
                {
                    if (distance[v] == distance[w] - 1)
                    {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }

                centrality[w] += delta[w];
            }
        }

        return Finish(centrality, normalized);
    }

    public static double[] ComputeWeighted(WeightedGraph graph, bool normalized = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var centrality = new double[n];
        var search = new WeightedShortestPaths(graph);
        for (var s = 0; s < n; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var delta = search.Dependencies(s);
            for (var v = 0; v < n; v++)
            {
                if (v != s)
                {
                    centrality[v] += delta[v];
                }
            }
        }

        return Finish(centrality, normalized);
    }

    // Each unordered pair was seen from both ends; normalisation divides by the (n-1)(n-2)/2 pairs not involving the node.
    private static double[] Finish(double[] centrality, bool normalized)
    {
        var n = centrality.Length;
        var scale = normalized && n > 2 ? 1.0 / ((n - 1) * (double)(n - 2)) : 0.5;
        for (var v = 0; v < n; v++)
        {
            centrality[v] *= scale;
        }

        return centrality;
    }
}
