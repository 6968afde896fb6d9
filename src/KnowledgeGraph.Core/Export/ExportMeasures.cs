using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.Communities;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// The network measures an export adds to its nodes (<c>measures=true</c>): each centrality under its attribute name,
/// as <c>centrality(measure:)</c> computes it, and <c>modularity_class</c>, the node's community in the Louvain
/// partition at resolution 1 (the index of <c>communities(algorithm: LOUVAIN)</c>: 0 for the largest).
/// </summary>
public static class ExportMeasures
{
    public const string ModularityClass = "modularity_class";

    /// <summary>
    /// Each exported centrality and how it is computed. Harmonic closeness is named by its algorithm, not by a measure
    /// enum value, so that the attribute keeps its meaning whatever <c>CLOSENESS</c> comes to mean in the schema.
    /// </summary>
    public static readonly IReadOnlyList<(string Attribute, Func<WeightedGraph, CancellationToken, double[]> Compute)> Centralities =
    [
        ("degree", (g, _) => CentralityScores.Degree(g, weighted: false)),
        ("weightedDegree", (g, _) => CentralityScores.Degree(g, weighted: true)),
        ("betweenness", (g, c) => Betweenness.Compute(g, normalized: true, c)),
        ("harmonicCloseness", (g, c) => HarmonicCloseness.Compute(g, normalized: true, c)),
        ("pageRank", (g, c) => PageRank.Compute(g, PageRankOptions.Default, c)),
    ];

    /// <summary>The attributes of each node of <paramref name="network"/>, by id, from its scores (in <see cref="Centralities"/> order) and communities.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>> Attributes(
        WeightedGraph network, IReadOnlyList<double[]> scores, CommunityResult communities)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(communities);
        var communityOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var community in communities.Communities)
        {
            foreach (var member in community.Members)
            {
                communityOf[member] = community.Index;
            }
        }

        var result = new Dictionary<string, IReadOnlyList<KeyValuePair<string, object>>>(StringComparer.Ordinal);
        for (var v = 0; v < network.NodeCount; v++)
        {
            var id = network.NodeIds[v];
            List<KeyValuePair<string, object>> attributes = [.. Centralities.Select((c, i) => new KeyValuePair<string, object>(c.Attribute, scores[i][v]))];
            if (communityOf.TryGetValue(id, out var index))
            {
                attributes.Add(new(ModularityClass, index));
            }

            result[id] = attributes;
        }

        return result;
    }

    /// <summary>The graph with the measures of <paramref name="network"/> computed here (the CLI; the service caches them).</summary>
    public static SubGraph Add(SubGraph graph, WeightedGraph network, CancellationToken cancellationToken = default)
    {
        var scores = Centralities.Select(c => c.Compute(network, cancellationToken)).ToList();
        var attributes = Attributes(network, scores, Louvain.Detect(network, new LouvainOptions(1.0), cancellationToken));
        return ExportAttributes.Add(graph, node => attributes.TryGetValue(node.Id, out var values) ? values : []);
    }
}
