namespace KnowledgeGraph.Core.Analytics.Paths;

/// <summary>
/// Unweighted shortest paths. A breadth-first search from the end gives every node's distance to it; paths are then
/// walked from the start choosing, at each step, neighbours in id order (then relationship id order). So the single
/// shortest path is the one whose node-id sequence comes first, and the order of all shortest paths is fixed.
/// </summary>
public static class ShortestPaths
{
    public const int DefaultMaxPaths = 100;
    public const int MaxMaxPaths = 10_000;

    /// <summary>The first shortest path, or null when none is at most <see cref="PathRequest.MaxLength"/> long.</summary>
    public static GraphPath? Shortest(GraphView view, PathRequest request)
    {
        var search = PathSearch.Run(view, request);
        return search is null ? null : search.Enumerate(1).FirstOrDefault();
    }

    public static PathSet All(GraphView view, PathRequest request, int maxPaths = DefaultMaxPaths)
    {
        AnalyticsErrors.RequireRange("maxPaths", maxPaths, 1, MaxMaxPaths);
        var search = PathSearch.Run(view, request);
        if (search is null)
        {
            return new PathSet([], false);
        }

        var paths = search.Enumerate(maxPaths + 1).ToList();
        return paths.Count > maxPaths ? new PathSet(paths[..maxPaths], true) : new PathSet(paths, false);
    }

    /// <summary>The number of shortest paths (0 when unreachable), counted without listing them.</summary>
    public static long Count(GraphView view, PathRequest request) => PathSearch.Run(view, request)?.Count() ?? 0;
}
