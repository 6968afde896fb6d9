namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>
/// One score per node of the graph (indexed like <see cref="WeightedGraph.NodeIds"/>). A pure function of the graph
/// and the measure: the caller caches it per data version and ranks it many times.
/// </summary>
public static class CentralityScores
{
    public static double[] Compute(WeightedGraph graph, CentralityMeasure measure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return measure switch
        {
            CentralityMeasure.Degree => Degree(graph, weighted: false),
            CentralityMeasure.WeightedDegree => Degree(graph, weighted: true),
            CentralityMeasure.Betweenness => Betweenness.Compute(graph, normalized: true, cancellationToken),
            CentralityMeasure.WeightedBetweenness => Betweenness.ComputeWeighted(graph, normalized: true, cancellationToken),
            CentralityMeasure.Closeness => Closeness.Compute(graph, cancellationToken),
            CentralityMeasure.HarmonicCloseness => HarmonicCloseness.Compute(graph, normalized: true, cancellationToken),
            CentralityMeasure.PageRank => PageRank.Compute(graph, PageRankOptions.Default, cancellationToken),
            CentralityMeasure.Eigenvector => Eigenvector.Compute(graph, cancellationToken),
            CentralityMeasure.Hub => Hits.Compute(graph, cancellationToken).Hubs,
            CentralityMeasure.Authority => Hits.Compute(graph, cancellationToken).Authorities,
            CentralityMeasure.CoreNumber => [.. Structure.CoreNumbers.Compute(graph).Select(k => (double)k)],
            CentralityMeasure.Clustering => Structure.Triangles.LocalClustering(graph, cancellationToken: cancellationToken),
            CentralityMeasure.Triangles => [.. Structure.Triangles.PerNode(graph, cancellationToken).Select(t => (double)t)],
            _ => throw AnalyticsErrors.InvalidArgument($"Unknown centrality measure {measure}."),
        };
    }

    public static double[] Degree(WeightedGraph graph, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new double[graph.NodeCount];
        for (var v = 0; v < result.Length; v++)
        {
            if (!weighted)
            {
                result[v] = graph.Neighbors(v).Length;
                continue;
            }

            foreach (var weight in graph.Weights(v))
            {
                result[v] += weight;
            }
        }

        return result;
    }
}
