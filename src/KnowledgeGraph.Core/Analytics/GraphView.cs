using System.Collections.Frozen;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>
/// An immutable in-memory view of a whole graph for the analytics functions. Nodes are indexed in ordinal id order
/// and edges in ordinal id order, so every result is independent of the order the store delivered the data in.
/// Built once per data version; every query on it is a pure function of the view and its parameters.
/// </summary>
public sealed partial class GraphView
{
    private readonly NodeRecord[] _nodes;
    private readonly ViewEdge[] _edges;
    private readonly FrozenDictionary<string, int> _indexById;
    private readonly Incidence[][] _incident;
    private readonly FrozenDictionary<(string Type, Direction Direction), Incidence[][]> _byType;

    private GraphView(
        GraphSchema schema,
        NodeRecord[] nodes,
        ViewEdge[] edges,
        FrozenDictionary<string, int> indexById,
        Incidence[][] incident,
        FrozenDictionary<(string, Direction), Incidence[][]> byType)
    {
        Schema = schema;
        _nodes = nodes;
        _edges = edges;
        _indexById = indexById;
        _incident = incident;
        _byType = byType;
    }

    public GraphSchema Schema { get; }

    public IReadOnlyList<NodeRecord> Nodes => _nodes;

    public IReadOnlyList<ViewEdge> Edges => _edges;

    public int NodeCount => _nodes.Length;

    public NodeRecord Node(int index) => _nodes[index];

    public bool TryGetIndex(string id, out int index) => _indexById.TryGetValue(id, out index);

    /// <summary>The index of <paramref name="id"/>, or an <c>UNKNOWN_ID</c> error.</summary>
    public int IndexOf(string id) =>
        _indexById.TryGetValue(id, out var index) ? index : throw AnalyticsErrors.UnknownId(id, candidates: _nodes.Select(n => n.Id));

    /// <summary>Every relationship touching the node, in order of neighbour id, then edge id.</summary>
    public ReadOnlySpan<Incidence> Incident(int node) => _incident[node];

    /// <summary>The relationships of one type leaving (<see cref="Direction.Outgoing"/>) or entering the node.</summary>
    public ReadOnlySpan<Incidence> Incident(int node, string type, Direction direction) =>
        _byType.TryGetValue((type, direction), out var lists) ? lists[node] : [];

    /// <summary>The display text of a node: its label's display property, or its id when that is missing.</summary>
    public string DisplayName(int node)
    {
        var record = _nodes[node];
        return record.Properties.TryGetValue(record.Label.DisplayProperty, out var value) && value is string text
            ? text
            : record.Id;
    }

    public static GraphView Build(GraphData data, GraphSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var nodes = data.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray();
        var indexById = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!indexById.TryAdd(nodes[i].Id, i))
            {
                throw new ArgumentException($"The graph holds two nodes with the id '{nodes[i].Id}'.", nameof(data));
            }
        }

        var edges = BuildEdges(data.Relationships, indexById);
        var (incident, byType) = BuildAdjacency(nodes.Length, edges);
        return new GraphView(schema ?? KnowledgeGraphSchema.Instance, nodes, edges, indexById.ToFrozenDictionary(StringComparer.Ordinal),
            incident, byType);
    }
}
