using System.Runtime.InteropServices;

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
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (scores.Count != graph.NodeCount)
        {
            throw new ArgumentException("There must be one score per node of the graph.", nameof(scores));
        }

        var scope = request.Within is null ? null : TerritoryScope.Of(view, request.Within);
        var filter = TraversalFilter.Create(view.Schema, null, request.Labels);
        var ranked = new List<(int Node, double Score)>(graph.NodeCount);
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var node = view.IndexOf(graph.NodeIds[i]);
            if (filter.AllowsNode(view, node) && (scope is null || scope.Contains(node)))
                ranked.Add((node, scores[i]));
        }

        var best = Best(ranked, (int)Math.Min((long)offset + count, ranked.Count));
        var rows = new List<CentralityScore>(Math.Max(0, best.Length - offset));
        for (var i = offset; i < best.Length; i++)
            rows.Add(Row(view, i + 1, best[i].Node, best[i].Score));
        return new CentralityPage(rows, ranked.Count, offset);
    }

    /// <summary>Higher score first, then lower node index (the order of ids).</summary>
    private static int RankOrder((int Node, double Score) a, (int Node, double Score) b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Node.CompareTo(b.Node);
    }

    /// <summary>
    /// The first <paramref name="wanted"/> of <paramref name="ranked"/> in rank order. A page near the top (the usual
    /// "top 20" of 100,000 nodes) keeps a heap of that many instead of sorting them all: n log k, not n log n.
    /// </summary>
    private static (int Node, double Score)[] Best(List<(int Node, double Score)> ranked, int wanted)
    {
        if (wanted <= 0)
            return [];
        if (wanted > ranked.Count / 4)
        {
            var all = CollectionsMarshal.AsSpan(ranked);
            all.Sort(RankOrder);
            return all[..wanted].ToArray();
        }

        // The heap's root is the worst row kept so far: a better one takes its place.
        var kept = new PriorityQueue<(int Node, double Score), (int Node, double Score)>(wanted + 1, Comparer<(int Node, double Score)>.Create((a, b) => RankOrder(b, a)));
        foreach (var row in ranked)
        {
            if (kept.Count < wanted)
                kept.Enqueue(row, row);
            else if (RankOrder(row, kept.Peek()) < 0)
                kept.DequeueEnqueue(row, row);
        }

        var best = new (int Node, double Score)[kept.Count];
        for (var i = best.Length - 1; i >= 0; i--)
            best[i] = kept.Dequeue();
        return best;
    }

    private static CentralityScore Row(GraphView view, int rank, int node, double score)
    {
        var record = view.Node(node);
        return new CentralityScore(rank, record.Id, record.Label.Name, view.DisplayName(node), score,
            record.Properties.TryGetValue("kind", out var kind) ? kind as string : null,
            NodeRegion.Of(view, node) is { } region ? SubGraphNode.From(view, region) : null);
    }
}
