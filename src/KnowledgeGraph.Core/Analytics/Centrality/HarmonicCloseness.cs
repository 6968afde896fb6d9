namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>
/// Harmonic closeness: for each node, the sum of 1/d over every other node (unreachable ones add 0), in hops.
/// Chosen over classic closeness (1 / sum of d) because the networks here are disconnected, where the classic
/// measure is undefined or misleading. Normalised by n − 1, so 1 means "next to everyone".
/// </summary>
public static class HarmonicCloseness
{
    public static double[] Compute(WeightedGraph graph, bool normalized = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new double[n];
        var distance = new int[n];
        var queue = new int[n];
        for (var s = 0; s < n; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(distance, -1);
            distance[s] = 0;
            queue[0] = s;
            int head = 0, tail = 1;
            var sum = 0.0;
            while (head < tail)
            {
                var v = queue[head++];
                foreach (var w in graph.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        sum += 1.0 / distance[w];
                        queue[tail++] = w;
                    }
                }
            }

            result[s] = normalized && n > 1 ? sum / (n - 1) : sum;
        }

        return result;
    }
}
