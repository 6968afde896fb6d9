namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>How to rank: how many, and optionally only nodes of some labels within a territory.</summary>
public sealed record RankingRequest(int Top = 20, string? Within = null, IReadOnlyList<string>? Labels = null)
{
    public const int MaxTop = 1000;
}

/// <summary>A ranked node: 1-based rank, id, label, display name and score.</summary>
public sealed record CentralityScore(int Rank, string Id, string Label, string Name, double Score);

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
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(request);
        AnalyticsErrors.RequireRange("top", request.Top, 1, RankingRequest.MaxTop);
        if (scores.Count != graph.NodeCount)
        {
            throw new ArgumentException("There must be one score per node of the graph.", nameof(scores));
        }

        var scope = request.Within is null ? null : TerritoryScope.Of(view, request.Within);
        var filter = TraversalFilter.Create(view.Schema, null, request.Labels);
        return Enumerable.Range(0, graph.NodeCount)
            .Select(i => (Node: view.IndexOf(graph.NodeIds[i]), Score: scores[i]))
            .Where(p => filter.AllowsNode(view, p.Node) && (scope is null || scope.Contains(p.Node)))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Node)
            .Take(request.Top)
            .Select((p, rank) => new CentralityScore(
                rank + 1, view.Node(p.Node).Id, view.Node(p.Node).Label.Name, view.DisplayName(p.Node), p.Score))
            .ToList();
    }
}
