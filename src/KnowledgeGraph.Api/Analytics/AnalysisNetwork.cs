namespace KnowledgeGraph.Api.Analytics;

/// <summary>The graph centrality and community detection run on.</summary>
public enum AnalysisNetwork
{
    /// <summary>Actors linked by the alliances they share, weighted by their number (optionally filtered).</summary>
    CoParticipation,

    /// <summary>Every node, linked when related at all (undirected; the weight is the number of relationships).</summary>
    WholeGraph,
}

/// <summary>How communities are found.</summary>
public enum CommunityAlgorithm
{
    /// <summary>Louvain modularity optimisation (weighted).</summary>
    Louvain,

    /// <summary>Connected components.</summary>
    ConnectedComponents,
}
