namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>
/// Newman's modularity of a partition of a weighted undirected graph:
/// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where m is the total edge weight, L_c the weight of the edges inside c,
/// d_c the sum of the weighted degrees of c's nodes and γ the resolution (1 in the standard formula).
/// A graph without edges has Q = 0.
/// </summary>
public static class Modularity
{
    public static double Compute(WeightedGraph graph, IReadOnlyList<int> communityOf, double resolution = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(communityOf);
        if (communityOf.Count != graph.NodeCount)
        {
            throw new ArgumentException("There must be one community per node.", nameof(communityOf));
        }

        var m = graph.TotalWeight;
        if (m == 0)
        {
            return 0;
        }

        var inside = new Dictionary<int, double>();
        var degree = new Dictionary<int, double>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var c = communityOf[v];
            var neighbors = graph.Neighbors(v);
            var weights = graph.Weights(v);
            for (var k = 0; k < neighbors.Length; k++)
            {
                degree[c] = degree.GetValueOrDefault(c) + weights[k];
                if (communityOf[neighbors[k]] == c)
                {
                    inside[c] = inside.GetValueOrDefault(c) + weights[k] / 2; // each inner edge is seen from both ends
                }
            }
        }

        return degree.Sum(p => inside.GetValueOrDefault(p.Key) / m - resolution * Math.Pow(p.Value / (2 * m), 2));
    }
}
