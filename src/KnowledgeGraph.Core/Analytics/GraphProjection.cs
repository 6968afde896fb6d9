using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>The whole graph (or its relationships of some types) as an undirected graph for centrality and communities.</summary>
public static class GraphProjection
{
    /// <summary>
    /// Every node of the view; an edge per linked pair whose weight is the number of relationships between them.
    /// With <paramref name="relationshipTypes"/>, only those relationships count (nodes without one stay, isolated).
    /// </summary>
    public static WeightedGraph Undirected(GraphView view, IReadOnlyList<string>? relationshipTypes = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var filter = TraversalFilter.Create(view.Schema, relationshipTypes);
        var edges = new List<(string, string, double)>(view.Edges.Count);
        for (var e = 0; e < view.Edges.Count; e++)
        {
            var edge = view.Edges[e];
            if (filter.AllowsEdge(view, new Incidence(e, edge.Target, Direction.Outgoing)))
            {
                edges.Add((view.Node(edge.Source).Id, view.Node(edge.Target).Id, 1));
            }
        }

        return WeightedGraph.Create(view.Nodes.Select(n => n.Id), edges);
    }
}
