namespace KnowledgeGraph.Core.Analytics.Structure;

/// <summary>
/// The summary statistics of an undirected network, with the conventions of networkx (and of Gephi's statistics
/// panel where it has the measure). Path lengths, clustering, degeneracy and assortativity ignore weights.
/// </summary>
public sealed record NetworkStatistics(
    int NodeCount,
    int LinkCount,
    double TotalWeight,
    double AverageDegree,
    double AverageWeightedDegree,
    double Density,
    int ComponentCount,
    int LargestComponentSize,
    double LargestComponentShare,
    int Diameter,
    double AveragePathLength,
    bool PathLengthsExact,
    long TriangleCount,
    double AverageClustering,
    double Transitivity,
    int Degeneracy,
    double? DegreeAssortativity)
{
    public static NetworkStatistics Compute(WeightedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var m = graph.EdgeCount;
        var components = ComponentLabels.Of(graph);
        var largest = components.Largest();
        var paths = PathLengths.OfComponent(graph, components, largest, cancellationToken);
        var triangles = Triangles.PerNode(graph, cancellationToken);
        var clustering = Triangles.LocalClustering(graph, triangles);
        var cores = CoreNumbers.Compute(graph);
        var largestSize = largest < 0 ? 0 : components.Sizes[largest];
        return new NetworkStatistics(
            n,
            m,
            graph.TotalWeight,
            n == 0 ? 0 : 2.0 * m / n,
            n == 0 ? 0 : 2.0 * graph.TotalWeight / n,
            n < 2 ? 0 : 2.0 * m / ((double)n * (n - 1)),
            components.Count,
            largestSize,
            n == 0 ? 0 : (double)largestSize / n,
            paths.Diameter,
            paths.AverageLength,
            paths.Exact,
            triangles.Sum() / 3,
            n == 0 ? 0 : clustering.Average(),
            Triangles.Transitivity(graph, triangles),
            cores.Length == 0 ? 0 : cores.Max(),
            Structure.DegreeAssortativity.Compute(graph));
    }
}
