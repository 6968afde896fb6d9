namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>
/// Closeness in hops with Wasserman and Faust's correction for disconnected graphs: for a node reaching r − 1 other
/// nodes at total distance S, (r − 1)/S × (r − 1)/(n − 1); 0 for a node that reaches nobody. networkx's
/// <c>closeness_centrality(G, wf_improved=True)</c>. See <see cref="HarmonicCloseness"/> for the harmonic variant.
/// </summary>
public static class Closeness
{
    public static double[] Compute(WeightedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new double[n];
        var distance = new int[n];
        Array.Fill(distance, -1);
        var queue = new int[n];
        for (var s = 0; s < n; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            distance[s] = 0;
            queue[0] = s;
            int head = 0, tail = 1;
            long total = 0;
            while (head < tail)
            {
                var v = queue[head++];
                foreach (var w in graph.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        total += distance[w];
                        queue[tail++] = w;
                    }
                }
            }

            for (var i = 0; i < tail; i++)
            {
                distance[queue[i]] = -1;
            }

            var reached = tail - 1.0;
            result[s] = total > 0 && n > 1 ? reached / total * (reached / (n - 1)) : 0;
        }

        return result;
    }
}
