using System.ComponentModel;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>The graph centrality and community detection run on.</summary>
public enum AnalysisNetwork
{
    /// <summary>Actors linked by the alliances they share, weighted by their number (optionally filtered).</summary>
    [Description("Le réseau de co-participation : les acteurs, liés quand ils participent aux mêmes alliances, pondéré par le nombre d'alliances partagées (filtrable par `filter`).\n\nThe co-participation network: actors linked when they take part in the same alliances, weighted by the number shared (optionally filtered by `filter`).")]
    CoParticipation,

    /// <summary>Every node, linked when related at all (undirected; the weight is the number of relationships).</summary>
    [Description("Le graphe entier : tous les nœuds, liés dès qu'une relation les unit (non orienté ; le poids est le nombre de relations).\n\nThe whole graph: every node, linked when related at all (undirected; the weight is the number of relationships).")]
    WholeGraph,
}

/// <summary>How communities are found.</summary>
public enum CommunityAlgorithm
{
    [Description("Optimisation de la modularité par Louvain, avec les poids des liens (Blondel et al. 2008), déterministe (nœuds dans l'ordre des ids). Une communauté peut en sortir non connexe.\n\nLouvain modularity optimisation with the edge weights (Blondel et al. 2008), deterministic (nodes in id order). Communities may come out internally disconnected.")]
    Louvain,

    [Description("Les composantes connexes (sans tenir compte de `resolution` ni de `seed`).\n\nConnected components (ignores resolution and seed).")]
    ConnectedComponents,

    [Description("Optimisation de la modularité par Leiden, avec les poids des liens (Traag, Waltman et van Eck 2019) : déplacements locaux, raffinement (aléa 0,01, tiré de `seed`) et agrégation ; chaque communauté est connexe. Même graine, même partition.\n\nLeiden modularity optimisation with the edge weights (Traag, Waltman and van Eck 2019): local moving, refinement (randomness 0.01, drawn from `seed`) and aggregation; every community is connected. Same seed, same partition.")]
    Leiden,

    [Description("Propagation d'étiquettes asynchrone, avec les poids des liens (Raghavan et al. 2007) ; ordre des nœuds et égalités tirés de `seed` ; les communautés sont découpées en parties connexes. Sans tenir compte de `resolution` ; rapide, modularité en général plus faible.\n\nAsynchronous label propagation with the edge weights (Raghavan et al. 2007); node order and ties drawn from `seed`; communities split into connected parts. Ignores resolution; fast, usually lower modularity.")]
    LabelPropagation,
}
