using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.CoParticipation;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>Every node's scores for the export attributes, computed (and cached) exactly as the GraphQL fields compute them.</summary>
public sealed partial class GraphAnalytics
{
    /// <summary>The export attribute of each measure, and the measure.</summary>
    public static readonly IReadOnlyList<(string Attribute, CentralityMeasure Measure)> ExportedMeasures =
    [
        ("degree", CentralityMeasure.Degree),
        ("weightedDegree", CentralityMeasure.WeightedDegree),
        ("betweenness", CentralityMeasure.Betweenness),
        ("harmonicCloseness", CentralityMeasure.Closeness),
        ("pageRank", CentralityMeasure.PageRank),
    ];

    /// <summary>The Louvain community (resolution 1) as Gephi names it.</summary>
    public const string ModularityClassAttribute = "modularity_class";

    /// <summary>
    /// For each node of the network (by id): degree, weightedDegree, betweenness, harmonicCloseness, pageRank (as
    /// <c>centrality(measure:)</c> gives them) and <c>modularity_class</c> (the index of its community in
    /// <c>communities(algorithm: LOUVAIN, resolution: 1)</c>).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>>> NodeMeasuresAsync(
        AnalysisNetwork network, CoParticipationFilter? filter, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var graph = await GraphOfAsync(snapshot, network, filter, cancellationToken);
        var scores = new List<(string Attribute, double[] Values)>();
        foreach (var (attribute, measure) in ExportedMeasures)
        {
            var values = await cache.GetOrComputeAsync(
                new($"centrality:{measure}", snapshot.Version, NetworkKey(network, filter)),
                () => CentralityScores.Compute(graph, measure),
                cancellationToken);
            scores.Add((attribute, values));
        }

        var communities = await CommunitiesAsync(network, CommunityAlgorithm.Louvain, 1.0, filter, cancellationToken);
        var communityOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var community in communities.Result.Communities)
        {
            foreach (var member in community.Members)
            {
                communityOf[member] = community.Index;
            }
        }

        var result = new Dictionary<string, IReadOnlyList<KeyValuePair<string, object>>>(StringComparer.Ordinal);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var id = graph.NodeIds[v];
            List<KeyValuePair<string, object>> attributes = [.. scores.Select(s => new KeyValuePair<string, object>(s.Attribute, s.Values[v]))];
            if (communityOf.TryGetValue(id, out var index))
            {
                attributes.Add(new(ModularityClassAttribute, index));
            }

            result[id] = attributes;
        }

        return result;
    }
}
