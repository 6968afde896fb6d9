namespace KnowledgeGraph.Core.Analytics;

/// <summary>What <see cref="Neighborhood.Explore"/> looks for: the start nodes and how far and how wide to go.</summary>
public sealed record NeighborhoodRequest(
    IReadOnlyList<string> Ids,
    int Depth = 1,
    IReadOnlyList<string>? RelationshipTypes = null,
    IReadOnlyList<string>? Labels = null,
    int Limit = Neighborhood.DefaultLimit);

/// <summary>
/// The nodes around a set of start nodes, breadth-first in both directions. Start nodes come first (in id order),
/// then each ring in discovery order (neighbours in id order). <see cref="NeighborhoodRequest.Labels"/> restricts
/// the nodes that are included and traversed through (start nodes are always included). At most
/// <see cref="NeighborhoodRequest.Limit"/> nodes; <see cref="SubGraph.Truncated"/> says whether a reachable node
/// was left out. Edges are every allowed relationship between included nodes, in edge-id order.
/// </summary>
public static class Neighborhood
{
    public const int MaxDepth = 4;
    public const int MaxLimit = 5000;
    public const int DefaultLimit = 500;

    public static SubGraph Explore(GraphView view, NeighborhoodRequest request)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(request);
        AnalyticsErrors.RequireRange("depth", request.Depth, 1, MaxDepth);
        AnalyticsErrors.RequireRange("limit", request.Limit, 1, MaxLimit);
        if (request.Ids is null || request.Ids.Count == 0)
        {
            throw AnalyticsErrors.InvalidArgument("'ids' must name at least one node.");
        }

        var filter = TraversalFilter.Create(view.Schema, request.RelationshipTypes, request.Labels);
        var seeds = request.Ids.Select(view.IndexOf).Distinct().Order().ToList();
        var included = new List<int>();
        var visited = new bool[view.NodeCount];
        var truncated = seeds.Count > request.Limit;
        foreach (var seed in seeds.Take(request.Limit))
        {
            visited[seed] = true;
            included.Add(seed);
        }

        var frontier = included.ToList();
        for (var depth = 1; depth <= request.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            frontier = NextRing(view, filter, frontier, visited, included, request.Limit, ref truncated);
        }

        return new SubGraph(
            [.. included.Select(i => SubGraphNode.From(view, i))],
            [.. EdgesBetween(view, filter, included, visited).Select(e => SubGraphEdge.From(view, view.Edges[e]))],
            truncated);
    }

    private static List<int> NextRing(GraphView view, TraversalFilter filter, List<int> frontier, bool[] visited,
        List<int> included, int limit, ref bool truncated)
    {
        var next = new List<int>();
        foreach (var node in frontier)
        {
            foreach (var incidence in view.Incident(node))
            {
                var neighbor = incidence.Neighbor;
                if (visited[neighbor] || !filter.AllowsEdge(view, incidence) || !filter.AllowsNode(view, neighbor))
                {
                    continue;
                }

                if (included.Count == limit)
                {
                    truncated = true;
                    return next;
                }

                visited[neighbor] = true;
                included.Add(neighbor);
                next.Add(neighbor);
            }
        }

        return next;
    }

    private static SortedSet<int> EdgesBetween(GraphView view, TraversalFilter filter, List<int> included, bool[] isIncluded)
    {
        var edges = new SortedSet<int>();
        foreach (var node in included)
        {
            foreach (var incidence in view.Incident(node))
            {
                if (isIncluded[incidence.Neighbor] && filter.AllowsEdge(view, incidence))
                {
                    edges.Add(incidence.Edge);
                }
            }
        }

        return edges;
    }
}
