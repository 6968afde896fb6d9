namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>A group of nodes: its position in the result, its member ids (in id order) and its size.</summary>
public sealed record Community(int Index, IReadOnlyList<string> Members)
{
    public int Size => Members.Count;
}

/// <summary>A partition of a graph's nodes, largest group first (ties: smallest first member id), with its modularity.</summary>
public sealed record CommunityResult(IReadOnlyList<Community> Communities, double Modularity)
{
    /// <summary>Builds the result from a community number per node (numbers need not be contiguous).</summary>
    public static CommunityResult FromAssignment(WeightedGraph graph, IReadOnlyList<int> communityOf, double resolution = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(communityOf);
        var groups = Enumerable.Range(0, graph.NodeCount)
            .GroupBy(v => communityOf[v])
            .Select(g => g.Order().ToList())
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0])
            .Select((members, index) => new Community(index, [.. members.Select(v => graph.NodeIds[v])]))
            .ToList();
        return new CommunityResult(groups, Analytics.Communities.Modularity.Compute(graph, communityOf, resolution));
    }
}
