using System.ComponentModel;

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
    [Description("Louvain modularity optimisation with the edge weights (Blondel et al. 2008), deterministic (nodes in id order). Communities may come out internally disconnected.")]
    Louvain,

    [Description("Connected components (ignores resolution and seed).")]
    ConnectedComponents,

    [Description("Leiden modularity optimisation with the edge weights (Traag, Waltman and van Eck 2019): local moving, refinement (randomness 0.01, drawn from `seed`) and aggregation; every community is connected. Same seed, same partition.")]
    Leiden,

    [Description("Asynchronous label propagation with the edge weights (Raghavan et al. 2007); node order and ties drawn from `seed`; communities split into connected parts. Ignores resolution; fast, usually lower modularity.")]
    LabelPropagation,
}
