using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>Every node's scores for the export attributes, computed (and cached) exactly as the GraphQL fields compute them.</summary>
public sealed partial class GraphAnalytics
{
    /// <summary>
    /// For each node of the network (by id): the <see cref="ExportMeasures.Centralities"/> (the algorithms of
    /// <c>centrality(measure:)</c>, cached per data version) and <c>modularity_class</c> (its community in <c>communities(algorithm: LOUVAIN, resolution: 1)</c>).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>>> NodeMeasuresAsync(
        AnalysisNetwork network, CoParticipationFilter? filter, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var graph = await GraphOfAsync(snapshot, network, filter, cancellationToken);
        var scores = new List<double[]>();
        foreach (var (attribute, compute) in ExportMeasures.Centralities)
        {
            scores.Add(await cache.GetOrComputeAsync(
                new($"export-measure:{attribute}", snapshot.Version, NetworkKey(network, filter)),
                () => compute(graph, cancellationToken),
                cancellationToken));
        }

        var communities = await CommunitiesAsync(network, CommunityAlgorithm.Louvain, 1.0, filter, cancellationToken);
        return ExportMeasures.Attributes(graph, scores, communities.Result);
    }
}
