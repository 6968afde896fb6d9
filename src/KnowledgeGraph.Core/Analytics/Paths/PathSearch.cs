namespace KnowledgeGraph.Core.Analytics.Paths;

/// <summary>Distances to the end node, then enumeration of the shortest paths from the start along them.</summary>
internal sealed class PathSearch
{
    private readonly GraphView _view;
    private readonly TraversalFilter _filter;
    private readonly int[] _distance;
    private readonly int _from;

    private PathSearch(GraphView view, TraversalFilter filter, int[] distance, int from)
    {
        _view = view;
        _filter = filter;
        _distance = distance;
        _from = from;
    }

    public static PathSearch? Run(GraphView view, PathRequest request)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(request);
        AnalyticsErrors.RequireRange("maxLength", request.MaxLength, 1, PathRequest.MaxMaxLength);
        var filter = TraversalFilter.Create(view.Schema, request.RelationshipTypes, direction: request.Direction);
        var from = view.IndexOf(request.From);
        var to = view.IndexOf(request.To);
        var distance = DistancesTo(view, filter.Reversed(), to, from, request.MaxLength);
        return distance[from] < 0 ? null : new PathSearch(view, filter, distance, from);
    }

    // Breadth-first from the end, stopping once the ring that holds the start is complete.
    private static int[] DistancesTo(GraphView view, TraversalFilter backwards, int to, int from, int maxLength)
    {
        var distance = new int[view.NodeCount];
        Array.Fill(distance, -1);
        distance[to] = 0;
        var ring = new List<int> { to };
        for (var d = 1; d <= maxLength && ring.Count > 0 && distance[from] < 0; d++)
        {
            var next = new List<int>();
            foreach (var node in ring)
            {
                foreach (var incidence in view.Incident(node))
                {
                    if (distance[incidence.Neighbor] < 0 && backwards.AllowsEdge(view, incidence))
                    {
                        distance[incidence.Neighbor] = d;
                        next.Add(incidence.Neighbor);
                    }
                }
            }

            ring = next;
        }

        return distance;
    }

    public IEnumerable<GraphPath> Enumerate(int max)
    {
        var nodes = new List<int> { _from };
        var edges = new List<int>();
        var produced = 0;
        foreach (var _ in Walk(_from, nodes, edges))
        {
            yield return new GraphPath(
                [.. nodes.Select(n => SubGraphNode.From(_view, n))],
                [.. edges.Select(e => SubGraphEdge.From(_view, _view.Edges[e]))]);
            if (++produced == max)
            {
                yield break;
            }
        }
    }

    // Yields once per complete path while nodes/edges hold it (depth is bounded by MaxLength).
    private IEnumerable<bool> Walk(int node, List<int> nodes, List<int> edges)
    {
        if (_distance[node] == 0)
        {
            yield return true;
            yield break;
        }

        foreach (var incidence in _view.Incident(node).ToArray())
        {
            if (_distance[incidence.Neighbor] != _distance[node] - 1 || !_filter.AllowsEdge(_view, incidence))
            {
                continue;
            }

            nodes.Add(incidence.Neighbor);
            edges.Add(incidence.Edge);
            foreach (var done in Walk(incidence.Neighbor, nodes, edges))
            {
                yield return done;
            }

            nodes.RemoveAt(nodes.Count - 1);
            edges.RemoveAt(edges.Count - 1);
        }
    }

    /// <summary>Counts paths by dynamic programming over distances (no enumeration).</summary>
    public long Count()
    {
        var memo = new Dictionary<int, long>();
        return CountFrom(_from, memo);
    }

    private long CountFrom(int node, Dictionary<int, long> memo)
    {
        if (_distance[node] == 0)
        {
            return 1;
        }

        if (memo.TryGetValue(node, out var known))
        {
            return known;
        }

        long total = 0;
        foreach (var incidence in _view.Incident(node))
        {
            if (_distance[incidence.Neighbor] == _distance[node] - 1 && _filter.AllowsEdge(_view, incidence))
            {
                total = checked(total + CountFrom(incidence.Neighbor, memo));
            }
        }

        memo[node] = total;
        return total;
    }
}
