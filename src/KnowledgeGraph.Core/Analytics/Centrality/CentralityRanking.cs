namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>How to rank: how many, and optionally only nodes of some labels within a territory.</summary>
public sealed record RankingRequest(int Top = 20, string? Within = null, IReadOnlyList<string>? Labels = null)
{
    public const int MaxTop = 1000;
}

/// <summary>A ranked node: 1-based rank, id, label, display name, score, and its kind and region when it has them.</summary>
public sealed record CentralityScore(int Rank, string Id, string Label, string Name, double Score, string? Kind = null, SubGraphNode? Region = null);

/// <summary>A page of a ranking: the rows, and how many nodes the whole ranking has.</summary>
public sealed record CentralityPage(IReadOnlyList<CentralityScore> Scores, int TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Scores.Count < TotalCount;
}

/// <summary>
/// Ranks the scores of a network. With <see cref="RankingRequest.Within"/>, scores are computed on the whole
/// network and only the nodes within the territory are ranked ("the most central actors in Occitanie" = actors
/// based in Occitanie, ranked by their centrality in the national network); to measure centrality inside a
/// territory's own network instead, build the co-participation network with <c>Within</c> on its alliances.
/// Ties are broken by id.
/// </summary>
public static class CentralityRanking
{
    public static IReadOnlyList<CentralityScore> Rank(GraphView view, WeightedGraph graph, IReadOnlyList<double> scores, RankingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        AnalyticsErrors.RequireRange("top", request.Top, 1, RankingRequest.MaxTop);
        return Page(view, graph, scores, request, 0, request.Top).Scores;
    }

    /// <summary>The rows of ranks offset + 1 to offset + count (the whole vector can be paged through).</summary>
    public static CentralityPage Page(GraphView view, WeightedGraph graph, IReadOnlyList<double> scores, RankingRequest request, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(request);
        if (scores.Count != graph.NodeCount)
        {
            throw new ArgumentException("There must be one score per node of the graph.", nameof(scores));
        }

        var scope = request.Within is null ? null : TerritoryScope.Of(view, request.Within);
        var filter = TraversalFilter.Create(view.Schema, null, request.Labels);
        var ranked = Enumerable.Range(0, graph.NodeCount)
            .Select(i => (Node: view.IndexOf(graph.NodeIds[i]), Score: scores[i]))
            .Where(p => filter.AllowsNode(view, p.Node) && (scope is null || scope.Contains(p.Node)))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Node)
            .ToList();
        var rows = ranked.Skip(offset).Take(count)
            .Select((p, i) => Row(view, offset + i + 1, p.Node, p.Score))
            .ToList();
        return new CentralityPage(rows, ranked.Count, offset);
    }

    private static CentralityScore Row(GraphView view, int rank, int node, double score)
    {
        var record = view.Node(node);
        return new CentralityScore(rank, record.Id, record.Label.Name, view.DisplayName(node), score,
            record.Properties.TryGetValue("kind", out var kind) ? kind as string : null,
            NodeRegion.Of(view, node) is { } region ? SubGraphNode.From(view, region) : null);
    }
}
