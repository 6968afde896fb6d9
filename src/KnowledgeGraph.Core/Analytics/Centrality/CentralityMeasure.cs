using System.ComponentModel;

namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>The node measures on offer, all on an undirected network; each value's description gives its convention.</summary>
public enum CentralityMeasure
{
    [Description("Le nombre de voisins distincts (les partenaires). networkx degree.\n\nNumber of distinct neighbours (partners). networkx degree.")]
    Degree,

    [Description("La somme des poids des liens (dans le réseau de co-participation : les alliances partagées, comptées une fois par partenaire et par alliance). networkx degree(weight=\"weight\").\n\nSum of the edge weights (in the co-participation network: alliances shared, counted once per partner and alliance). networkx degree(weight=\"weight\").")]
    WeightedDegree,

    [Description("L'intermédiarité de Brandes en nombre de sauts, normalisée sur [0, 1] par 2/((n-1)(n-2)). networkx betweenness_centrality(normalized=True).\n\nBrandes betweenness in hops, normalised to [0, 1] by 2/((n-1)(n-2)). networkx betweenness_centrality(normalized=True).")]
    Betweenness,

    [Description("L'intermédiarité de Brandes avec une longueur de lien de 1/poids (plus d'alliances partagées = plus proches), normalisée comme BETWEENNESS.\n\nBrandes betweenness with edge length 1/weight (more shared alliances = closer), normalised as BETWEENNESS.")]
    WeightedBetweenness,

    [Description("La proximité en nombre de sauts, avec la correction de Wasserman et Faust pour les réseaux non connexes : (r-1)/S x (r-1)/(n-1), r le nombre de nœuds atteints (lui-même compris), S leur distance totale. networkx closeness_centrality(wf_improved=True). Jusqu'en décembre 2026, CLOSENESS désignait la mesure harmonique : c'est désormais HARMONIC_CLOSENESS.\n\nCloseness in hops with Wasserman and Faust's correction for disconnected networks: (r-1)/S x (r-1)/(n-1), r the nodes reached (itself included), S their total distance. networkx closeness_centrality(wf_improved=True). Until December 2026 CLOSENESS meant the harmonic measure: it is now HARMONIC_CLOSENESS.")]
    Closeness,

    [Description("La proximité harmonique en nombre de sauts : la somme de 1/d sur tous les autres nœuds (ceux qu'on n'atteint pas ajoutent 0), divisée par n-1. networkx harmonic_centrality / (n-1). S'appelait CLOSENESS jusqu'en décembre 2026.\n\nHarmonic closeness in hops: the sum of 1/d over every other node (unreachable ones add 0), divided by n-1. networkx harmonic_centrality / (n-1). Was named CLOSENESS until December 2026.")]
    HarmonicCloseness,

    [Description("Le PageRank pondéré, amortissement 0,85, scores de somme 1. networkx pagerank(alpha=0.85, weight=\"weight\").\n\nWeighted PageRank, damping 0.85, scores summing to 1. networkx pagerank(alpha=0.85, weight=\"weight\").")]
    PageRank,

    [Description("La centralité de vecteur propre pondérée : le vecteur propre principal de la matrice d'adjacence pondérée, de norme euclidienne 1 (méthode de la puissance sur A+I à partir du vecteur uniforme). networkx eigenvector_centrality(weight=\"weight\").\n\nWeighted eigenvector centrality: the principal eigenvector of the weighted adjacency matrix with Euclidean norm 1 (power iteration on A+I from the uniform vector). networkx eigenvector_centrality(weight=\"weight\").")]
    Eigenvector,

    [Description("Le score de pivot (hub) de HITS, pondéré, de somme 1 (networkx hits, normalisé). Les réseaux ne sont pas orientés : il est égal à AUTHORITY.\n\nHITS hub score with weights, summing to 1 (networkx hits, normalized). The networks are undirected, so it equals AUTHORITY.")]
    Hub,

    [Description("Le score d'autorité de HITS, pondéré, de somme 1 (networkx hits, normalisé). Les réseaux ne sont pas orientés : il est égal à HUB.\n\nHITS authority score with weights, summing to 1 (networkx hits, normalized). The networks are undirected, so it equals HUB.")]
    Authority,

    [Description("Le nombre de cœur : le plus grand k tel que le nœud appartienne au k-cœur (où chaque nœud a au moins k voisins). Non pondéré. networkx core_number.\n\nCore number: the largest k such that the node belongs to the k-core (every node with at least k neighbours inside it). Unweighted. networkx core_number.")]
    CoreNumber,

    [Description("Le coefficient de clustering local : la part des paires de voisins qui sont liées entre elles, 2T/(d(d-1)), 0 en dessous de deux voisins. Non pondéré. networkx clustering.\n\nLocal clustering coefficient: the share of pairs of neighbours that are linked, 2T/(d(d-1)), 0 below two neighbours. Unweighted. networkx clustering.")]
    Clustering,

    [Description("Le nombre de triangles dont le nœud est un sommet. networkx triangles.\n\nThe number of triangles the node is a corner of. networkx triangles.")]
    Triangles,
}
