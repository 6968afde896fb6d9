namespace KnowledgeGraph.Core.Analytics.Structure;

/// <summary>
/// The core number of each node (the largest k such that the node is in the k-core: the largest subgraph whose
/// nodes all have at least k neighbours in it), on the unweighted graph, by Batagelj and Zaversnik's O(m)
/// bucket algorithm; networkx's <c>core_number</c>. The largest core number is the graph's degeneracy.
/// </summary>
public static class CoreNumbers
{
    public static int[] Compute(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            degree[v] = graph.Neighbors(v).Length;
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        // Nodes sorted by degree (vert), each node's place in it (pos), and where each degree's bucket starts (bin).
        var bin = new int[maxDegree + 2];
        foreach (var d in degree)
        {
            bin[d + 1]++;
        }

        for (var d = 1; d < bin.Length; d++)
        {
            bin[d] += bin[d - 1];
        }

        var vert = new int[n];
        var pos = new int[n];
        var next = (int[])bin.Clone();
        for (var v = 0; v < n; v++)
        {
            pos[v] = next[degree[v]]++;
            vert[pos[v]] = v;
        }

        for (var i = 0; i < n; i++)
        {
            var v = vert[i];
            foreach (var u in graph.Neighbors(v))
            {
                if (degree[u] > degree[v])
                {
                    // Move u to the front of its bucket, then shrink its degree by one.
                    var du = degree[u];
                    var first = vert[bin[du]];
                    if (first != u)
                    {
                        (vert[pos[u]], vert[bin[du]]) = (first, u);
                        (pos[first], pos[u]) = (pos[u], bin[du]);
                    }

                    bin[du]++;
                    degree[u]--;
                }
            }
        }

        return degree;
    }
}
