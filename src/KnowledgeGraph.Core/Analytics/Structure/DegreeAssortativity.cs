namespace KnowledgeGraph.Core.Analytics.Structure;

/// <summary>
/// Newman's degree assortativity: the Pearson correlation of the (unweighted) degrees at the two ends of every edge,
/// each edge taken in both directions; networkx's <c>degree_assortativity_coefficient</c>. Null when it is undefined
/// (no edge, or every edge end has the same degree).
/// </summary>
public static class DegreeAssortativity
{
    public static double? Compute(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        double ends = 0, sum = 0, squares = 0, products = 0;
        foreach (var (source, target, _) in graph.Edges())
        {
            double x = graph.Neighbors(source).Length, y = graph.Neighbors(target).Length;
            ends += 2;
            sum += x + y;
            squares += x * x + y * y;
            products += 2 * x * y;
        }

        if (ends == 0)
        {
            return null;
        }

        var mean = sum / ends;
        var variance = squares / ends - mean * mean;
        return variance <= 1e-12 * Math.Max(1, squares / ends) ? null : (products / ends - mean * mean) / variance;
    }
}
