using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Tests.Analytics;

/// <summary>Textbook undirected graphs with named nodes ("a", "b"…, or "n00"… so that id order is index order).</summary>
internal static class SmallGraphs
{
    public static WeightedGraph Build(IEnumerable<string> nodes, params (string A, string B)[] edges) =>
        WeightedGraph.Create(nodes, edges.Select(e => (e.A, e.B, 1.0)));

    public static WeightedGraph Weighted(IEnumerable<string> nodes, params (string A, string B, double Weight)[] edges) =>
        WeightedGraph.Create(nodes, edges);

    /// <summary>a - b - c - … (n nodes).</summary>
    public static WeightedGraph Path(int n)
    {
        var names = Names(n);
        return Build(names, [.. Enumerable.Range(0, n - 1).Select(i => (names[i], names[i + 1]))]);
    }

    /// <summary>"a" in the centre, linked to each of the other n − 1 nodes.</summary>
    public static WeightedGraph Star(int n)
    {
        var names = Names(n);
        return Build(names, [.. names.Skip(1).Select(leaf => (names[0], leaf))]);
    }

    /// <summary>Two triangles a-b-c and c-d-e sharing the node c.</summary>
    public static WeightedGraph Bowtie() =>
        Build(Names(5), ("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e"), ("c", "e"));

    /// <summary>Two cliques of <paramref name="size"/> nodes (n00…, then the next ids) joined by one edge between their last and first nodes.</summary>
    public static WeightedGraph TwoCliques(int size)
    {
        var names = Enumerable.Range(0, 2 * size).Select(i => $"n{i:D2}").ToArray();
        var edges = new List<(string, string)>();
        foreach (var offset in new[] { 0, size })
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    edges.Add((names[offset + i], names[offset + j]));
                }
            }
        }

        edges.Add((names[size - 1], names[size]));
        return Build(names, [.. edges]);
    }

    public static string[] Names(int n) => [.. Enumerable.Range(0, n).Select(i => ((char)('a' + i)).ToString())];

    /// <summary>The dense adjacency matrix, for independent reference computations in tests.</summary>
    public static double[,] Matrix(WeightedGraph graph)
    {
        var matrix = new double[graph.NodeCount, graph.NodeCount];
        foreach (var (source, target, weight) in graph.Edges())
        {
            matrix[source, target] = weight;
            matrix[target, source] = weight;
        }

        return matrix;
    }
}
