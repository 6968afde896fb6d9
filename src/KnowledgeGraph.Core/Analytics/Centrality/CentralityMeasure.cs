using System.ComponentModel;

namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>The node measures on offer, all on an undirected network; each value's description gives its convention.</summary>
public enum CentralityMeasure
{
    [Description("Number of distinct neighbours (partners). networkx degree.")]
    Degree,

    [Description("Sum of the edge weights (in the co-participation network: alliances shared, counted once per partner and alliance). networkx degree(weight=\"weight\").")]
    WeightedDegree,

    [Description("Brandes betweenness in hops, normalised to [0, 1] by 2/((n-1)(n-2)). networkx betweenness_centrality(normalized=True).")]
    Betweenness,

    [Description("Brandes betweenness with edge length 1/weight (more shared alliances = closer), normalised as BETWEENNESS.")]
    WeightedBetweenness,

    [Description("Closeness in hops with Wasserman and Faust's correction for disconnected networks: (r-1)/S x (r-1)/(n-1), r the nodes reached (itself included), S their total distance. networkx closeness_centrality(wf_improved=True). Until December 2026 CLOSENESS meant the harmonic measure: it is now HARMONIC_CLOSENESS.")]
    Closeness,

    [Description("Harmonic closeness in hops: the sum of 1/d over every other node (unreachable ones add 0), divided by n-1. networkx harmonic_centrality / (n-1). Was named CLOSENESS until December 2026.")]
    HarmonicCloseness,

    [Description("Weighted PageRank, damping 0.85, scores summing to 1. networkx pagerank(alpha=0.85, weight=\"weight\").")]
    PageRank,

    [Description("Weighted eigenvector centrality: the principal eigenvector of the weighted adjacency matrix with Euclidean norm 1 (power iteration on A+I from the uniform vector). networkx eigenvector_centrality(weight=\"weight\").")]
    Eigenvector,

    [Description("HITS hub score with weights, summing to 1 (networkx hits, normalized). The networks are undirected, so it equals AUTHORITY.")]
    Hub,

    [Description("HITS authority score with weights, summing to 1 (networkx hits, normalized). The networks are undirected, so it equals HUB.")]
    Authority,

    [Description("Core number: the largest k such that the node belongs to the k-core (every node with at least k neighbours inside it). Unweighted. networkx core_number.")]
    CoreNumber,

    [Description("Local clustering coefficient: the share of pairs of neighbours that are linked, 2T/(d(d-1)), 0 below two neighbours. Unweighted. networkx clustering.")]
    Clustering,

    [Description("The number of triangles the node is a corner of. networkx triangles.")]
    Triangles,
}
