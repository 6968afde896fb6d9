namespace KnowledgeGraph.Core.Analytics.Structure;

/// <summary>
/// Connected components as a component number per node (numbered in order of their smallest node) and their sizes;
/// breadth-first, without recursion.
/// </summary>
public sealed record ComponentLabels(int[] ComponentOf, int[] Sizes)
{
    public int Count => Sizes.Length;

    /// <summary>The largest component (the one with the smallest node among equals), or −1 for an empty graph.</summary>
    public int Largest()
    {
        var best = -1;
        for (var c = 0; c < Sizes.Length; c++)
        {
            if (best < 0 || Sizes[c] > Sizes[best])
            {
                best = c;
            }
        }

        return best;
    }

    public static ComponentLabels Of(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var componentOf = new int[n];
        Array.Fill(componentOf, -1);
        var sizes = new List<int>();
        var queue = new int[n];
        for (var s = 0; s < n; s++)
        {
            if (componentOf[s] >= 0)
            {
                continue;
            }

            var c = sizes.Count;
            componentOf[s] = c;
            queue[0] = s;
            int head = 0, tail = 1;
            while (head < tail)
            {
                foreach (var w in graph.Neighbors(queue[head++]))
                {
                    if (componentOf[w] < 0)
                    {
                        componentOf[w] = c;
                        queue[tail++] = w;
                    }
                }
            }

            sizes.Add(tail);
        }

        return new ComponentLabels(componentOf, [.. sizes]);
    }
}
