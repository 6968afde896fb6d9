namespace KnowledgeGraph.Core.Analytics;

/// <summary>
/// A part of the graph for visualisation and export: nodes, the relationships between them, and whether a size cap
/// left nodes out. <see cref="Directed"/> is false for projections such as the co-participation network.
/// </summary>
public sealed record SubGraph(
    IReadOnlyList<SubGraphNode> Nodes,
    IReadOnlyList<SubGraphEdge> Edges,
    bool Truncated = false,
    bool Directed = true)
{
    /// <summary>The whole view as a sub-graph (for a full export).</summary>
    public static SubGraph Whole(GraphView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new SubGraph(
            [.. Enumerable.Range(0, view.NodeCount).Select(i => SubGraphNode.From(view, i))],
            [.. view.Edges.Select(e => SubGraphEdge.From(view, e))]);
    }
}

/// <summary>A node: its id, its label (<c>Actor</c>…), its display name and all its properties (id included).</summary>
public sealed record SubGraphNode(string Id, string Label, string Name, IReadOnlyDictionary<string, object> Properties)
{
    public static SubGraphNode From(GraphView view, int index)
    {
        var record = view.Node(index);
        return new SubGraphNode(record.Id, record.Label.Name, view.DisplayName(index), record.Properties);
    }
}

/// <summary>A relationship between two nodes of the sub-graph, by node id.</summary>
public sealed record SubGraphEdge(string Id, string Type, string Source, string Target, IReadOnlyDictionary<string, object> Properties)
{
    public static SubGraphEdge From(GraphView view, ViewEdge edge) =>
        new(edge.Id, edge.Type, view.Node(edge.Source).Id, view.Node(edge.Target).Id, edge.Record.Properties);
}
