using System.Collections.Frozen;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>Which relationship types and node labels a traversal may use; null means all. Names are checked against the schema.</summary>
internal sealed class TraversalFilter
{
    private readonly FrozenSet<string>? _types;
    private readonly FrozenSet<string>? _labels;
    private readonly TraversalDirection _direction;

    private TraversalFilter(FrozenSet<string>? types, FrozenSet<string>? labels, TraversalDirection direction)
    {
        _types = types;
        _labels = labels;
        _direction = direction;
    }

    public static TraversalFilter Create(
        GraphSchema schema,
        IReadOnlyList<string>? relationshipTypes,
        IReadOnlyList<string>? labels = null,
        TraversalDirection direction = TraversalDirection.Both)
    {
        var knownTypes = schema.RelationshipTypes.ToHashSet(StringComparer.Ordinal);
        foreach (var type in relationshipTypes ?? [])
        {
            if (!knownTypes.Contains(type))
            {
                throw AnalyticsErrors.InvalidArgument($"'{type}' is not a relationship type of the graph.");
            }
        }

        foreach (var label in labels ?? [])
        {
            if (schema.FindLabel(label) is null)
            {
                throw AnalyticsErrors.InvalidArgument($"'{label}' is not a node label of the graph.");
            }
        }

        return new TraversalFilter(
            relationshipTypes is null or [] ? null : relationshipTypes.ToFrozenSet(StringComparer.Ordinal),
            labels is null or [] ? null : labels.ToFrozenSet(StringComparer.Ordinal),
            direction);
    }

    public bool AllowsEdge(GraphView view, Incidence incidence) =>
        (_types is null || _types.Contains(view.Edges[incidence.Edge].Type))
        && _direction switch
        {
            TraversalDirection.Outgoing => incidence.Direction == Direction.Outgoing,
            TraversalDirection.Incoming => incidence.Direction == Direction.Incoming,
            _ => true,
        };

    public bool AllowsNode(GraphView view, int node) => _labels is null || _labels.Contains(view.Node(node).Label.Name);

    /// <summary>The same types and labels, followed the other way (to search backwards from a path's end).</summary>
    public TraversalFilter Reversed() => new(_types, _labels, _direction switch
    {
        TraversalDirection.Outgoing => TraversalDirection.Incoming,
        TraversalDirection.Incoming => TraversalDirection.Outgoing,
        _ => TraversalDirection.Both,
    });
}
