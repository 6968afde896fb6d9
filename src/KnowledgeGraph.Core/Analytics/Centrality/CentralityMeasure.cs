namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>The centrality measures on offer (all on an undirected graph).</summary>
public enum CentralityMeasure
{
    /// <summary>Number of distinct neighbours (partners).</summary>
    Degree,

    /// <summary>Sum of edge weights (shared alliances, counted once per partner and alliance).</summary>
    WeightedDegree,

    /// <summary>Brandes betweenness in hops, normalised to [0, 1].</summary>
    Betweenness,

    /// <summary>Brandes betweenness with edge length 1/weight, normalised to [0, 1].</summary>
    WeightedBetweenness,

    /// <summary>Harmonic closeness in hops, normalised by n − 1.</summary>
    Closeness,

    /// <summary>Weighted PageRank, damping 0.85.</summary>
    PageRank,
}
