namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>
/// Splits every community that is not connected into its connected parts. Splitting a community with no edge
/// between its parts never lowers modularity (the inner weight stays, the expected weight shrinks).
/// </summary>
internal static class ConnectedSplit
{
    public static int[] Apply(WeightedGraph graph, IReadOnlyList<int> communityOf)
    {
        var n = graph.NodeCount;
        var result = new int[n];
        Array.Fill(result, -1);
        var queue = new int[n];
        var next = 0;
        for (var s = 0; s < n; s++)
        {
            if (result[s] >= 0)
            {
                continue;
            }

            result[s] = next;
            queue[0] = s;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = queue[head++];
                foreach (var w in graph.Neighbors(v))
                {
                    if (result[w] < 0 && communityOf[w] == communityOf[s])
                    {
                        result[w] = next;
                        queue[tail++] = w;
                    }
                }
            }

            next++;
        }

        return result;
    }
}
