using KnowledgeGraph.Api.Analytics.Caching;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Api.Limits.Fairness;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Aggregations;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Analytics.Communities;
using KnowledgeGraph.Core.Analytics.Paths;
using KnowledgeGraph.Core.Analytics.Structure;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>
/// The analytics of the service over the current snapshot, computed in the lane of the heavy work
/// (<see cref="HeavyWorkLane"/>): local questions (neighbourhoods, paths) are answered each time; graph-wide results
/// (networks, scores, communities, whole-graph counts) are cached per data version.
/// Invalid arguments and unknown ids raise <see cref="Core.Store.InvalidQueryException"/> with a stable code.
/// </summary>
public sealed partial class GraphAnalytics(IGraphSnapshotSource snapshots, AnalyticsResultCache cache, HeavyWorkLane lane)
{
    public ValueTask<GraphSnapshot> SnapshotAsync(CancellationToken cancellationToken) => snapshots.GetAsync(cancellationToken);

    public async Task<SubGraph> WholeGraphAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return await cache.GetOrComputeAsync(new("whole", snapshot.Version, ""), () => SubGraph.Whole(snapshot.View), cancellationToken);
    }

    public Task<SubGraph> NeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken) =>
        InLaneAsync(view => Neighborhood.Explore(view, request), cancellationToken);

    public Task<GraphPath?> ShortestPathAsync(PathRequest request, CancellationToken cancellationToken) =>
        InLaneAsync(view => ShortestPaths.Shortest(view, request), cancellationToken);

    public Task<PathSet> AllShortestPathsAsync(PathRequest request, int first, CancellationToken cancellationToken) =>
        InLaneAsync(view => ShortestPaths.All(view, request, first), cancellationToken);

    /// <summary>A local question over the current snapshot, answered in the lane of the heavy work (not cached).</summary>
    private async Task<T> InLaneAsync<T>(Func<GraphView, T> answer, CancellationToken cancellationToken) =>
        await InLaneAsync((await snapshots.GetAsync(cancellationToken)).View, answer, cancellationToken);

    private Task<T> InLaneAsync<T>(GraphView view, Func<GraphView, T> answer, CancellationToken cancellationToken) =>
        lane.RunAsync(() => answer(view), cancellationToken).WaitAsync(cancellationToken);

    public async Task<CoParticipationResult> CoParticipationAsync(CoParticipationFilter? filter, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var network = await NetworkOfAsync(snapshot, filter, cancellationToken);
        return new CoParticipationResult(snapshot.View, network);
    }

    public async Task<IReadOnlyList<CentralityScore>> CentralityAsync(
        AnalysisNetwork network, CentralityMeasure measure, CoParticipationFilter? filter, RankingRequest ranking, CancellationToken cancellationToken)
    {
        AnalyticsErrors.RequireRange("top", ranking.Top, 1, RankingRequest.MaxTop);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var graph = await GraphOfAsync(snapshot, network, filter, cancellationToken);
        var scores = await cache.GetOrComputeAsync(
            new($"centrality:{measure}", snapshot.Version, NetworkKey(network, filter)),
            () => CentralityScores.Compute(graph, measure),
            cancellationToken);
        return CentralityRanking.Rank(snapshot.View, graph, scores, ranking);
    }

    public async Task<CommunityAnswer> CommunitiesAsync(
        AnalysisNetwork network, CommunityAlgorithm algorithm, double resolution, CoParticipationFilter? filter, CancellationToken cancellationToken,
        int seed = 0)
    {
        if (!(resolution > 0 && resolution <= MaxResolution))
        {
            throw AnalyticsErrors.InvalidArgument($"'resolution' must be greater than 0 and at most {MaxResolution} (got {resolution}).");
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var graph = await GraphOfAsync(snapshot, network, filter, cancellationToken);
        var parameters = $"{NetworkKey(network, filter)}|{resolution:R}|{seed}";
        var result = await cache.GetOrComputeAsync(
            new($"communities:{algorithm}", snapshot.Version, parameters),
            () => algorithm switch
            {
                CommunityAlgorithm.Louvain => Louvain.Detect(graph, new LouvainOptions(resolution)),
                CommunityAlgorithm.Leiden => Leiden.Detect(graph, new LeidenOptions(resolution, seed)),
                CommunityAlgorithm.LabelPropagation => LabelPropagation.Detect(graph, seed),
                _ => ConnectedComponents.Find(graph),
            },
            cancellationToken);
        return new CommunityAnswer(snapshot.View, graph, result);
    }

    public const double MaxResolution = 10;

    /// <summary>A page of the full ranking of a network's nodes by a measure (every node reachable by paging).</summary>
    public async Task<CentralityPage> CentralityPageAsync(
        AnalysisNetwork network, CentralityMeasure measure, CoParticipationFilter? filter, RankingRequest ranking, int offset, int count,
        CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var graph = await GraphOfAsync(snapshot, network, filter, cancellationToken);
        var scores = await cache.GetOrComputeAsync(
            new($"centrality:{measure}", snapshot.Version, NetworkKey(network, filter)),
            () => CentralityScores.Compute(graph, measure),
            cancellationToken);
        return CentralityRanking.Page(snapshot.View, graph, scores, ranking, offset, count);
    }

    /// <summary>The summary statistics of a network, computed once per data version and parameters.</summary>
    public async Task<NetworkStatistics> NetworkStatsAsync(AnalysisNetwork network, CoParticipationFilter? filter, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var graph = await GraphOfAsync(snapshot, network, filter, cancellationToken);
        return await cache.GetOrComputeAsync(new("network-stats", snapshot.Version, NetworkKey(network, filter)),
            () => NetworkStatistics.Compute(graph), cancellationToken);
    }

    /// <summary>One row of co-participation statistics per year, over the alliances active that year.</summary>
    public async Task<IReadOnlyList<NetworkYear>> NetworkTimelineAsync(int from, int to, CoParticipationFilter? filter, CancellationToken cancellationToken)
    {
        if (to < from || to - from >= MaxTimelineYears)
        {
            throw AnalyticsErrors.InvalidArgument($"'from' must not be after 'to', and the timeline spans at most {MaxTimelineYears} years (got {from} to {to}).");
        }

        if (filter?.FromYear is not null || filter?.ToYear is not null)
        {
            throw AnalyticsErrors.InvalidArgument("A timeline sets the years itself: leave 'fromYear' and 'toYear' out of its filter.");
        }

        var rows = new List<NetworkYear>();
        for (var year = from; year <= to; year++)
        {
            var yearFilter = (filter ?? CoParticipationFilter.None) with { FromYear = year, ToYear = year };
            rows.Add(new NetworkYear(year, await NetworkStatsAsync(AnalysisNetwork.CoParticipation, yearFilter, cancellationToken)));
        }

        return rows;
    }

    public const int MaxTimelineYears = 100;

    /// <summary>The bridges and articulation points of a network.</summary>
    public async Task<CutAnswer> CutsAsync(AnalysisNetwork network, CoParticipationFilter? filter, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var graph = await GraphOfAsync(snapshot, network, filter, cancellationToken);
        var cuts = await cache.GetOrComputeAsync(new("cuts", snapshot.Version, NetworkKey(network, filter)),
            () => CutStructure.Of(graph), cancellationToken);
        return new CutAnswer(snapshot.View, graph, cuts);
    }

    /// <summary>
    /// Counts alliances by one to three dimensions (a cross-tabulation): all of them (cached), or those with the given ids.
    /// </summary>
    public async Task<CrossTabResult> AllianceCountsAsync(
        IReadOnlyList<AggregationDimension> dimensions, IReadOnlyCollection<string>? allianceIds, CancellationToken cancellationToken)
    {
        AllianceCrossTab.Validate(dimensions);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return allianceIds is null
            ? await cache.GetOrComputeAsync(new($"counts:{string.Join(',', dimensions)}", snapshot.Version, ""),
                () => AllianceCrossTab.Count(snapshot.View, dimensions), cancellationToken)
            // Ids the store knows but the snapshot does not yet (Neo4j written since the fetch) cannot be counted.
            : await InLaneAsync(snapshot.View,
                view => AllianceCrossTab.Count(view, dimensions, [.. allianceIds.Where(id => view.TryGetIndex(id, out _))]), cancellationToken);
    }

    private Task<CoParticipationNetwork> NetworkOfAsync(GraphSnapshot snapshot, CoParticipationFilter? filter, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync(new("co-participation", snapshot.Version, CoParticipationFilterKey.Of(filter)),
            () => CoParticipationNetwork.Build(snapshot.View, filter), cancellationToken);

    private async Task<WeightedGraph> GraphOfAsync(
        GraphSnapshot snapshot, AnalysisNetwork network, CoParticipationFilter? filter, CancellationToken cancellationToken)
    {
        if (network == AnalysisNetwork.CoParticipation)
        {
            return (await NetworkOfAsync(snapshot, filter, cancellationToken)).Graph;
        }

        if (filter is not null)
        {
            throw AnalyticsErrors.InvalidArgument("'filter' applies to the co-participation network only.");
        }

        return await cache.GetOrComputeAsync(new("whole-projection", snapshot.Version, ""),
            () => GraphProjection.Undirected(snapshot.View), cancellationToken);
    }

    private static string NetworkKey(AnalysisNetwork network, CoParticipationFilter? filter) =>
        network == AnalysisNetwork.CoParticipation ? "co:" + CoParticipationFilterKey.Of(filter) : "whole";
}

/// <summary>A co-participation network with the view it was built from (to draw it as a sub-graph).</summary>
public sealed record CoParticipationResult(GraphView View, CoParticipationNetwork Network)
{
    public SubGraph ToSubGraph() => CoParticipationSubGraph.From(View, Network);
}

/// <summary>The statistics of the co-participation network over the alliances active in one year.</summary>
public sealed record NetworkYear(int Year, NetworkStatistics Statistics);

/// <summary>Bridges and articulation points with the view and network they are of (to show them as nodes).</summary>
public sealed record CutAnswer(GraphView View, WeightedGraph Graph, CutStructure Cuts);

/// <summary>Communities with the view and network they partition (to show members as nodes).</summary>
public sealed record CommunityAnswer(GraphView View, WeightedGraph Graph, CommunityResult Result);
