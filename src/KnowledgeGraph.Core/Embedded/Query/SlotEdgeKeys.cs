using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// The edge keys of a nested connection's items, which are adjacency slots: the identifying values of each slot's
/// edge, the tie-break between parallel edges to one node after its id (<see cref="Paging.CursorPosition.EdgeKey"/>).
/// </summary>
internal sealed class SlotEdgeKeys
{
    private readonly int[] _edges;
    private readonly ParallelEdgeOrder _order;

    private SlotEdgeKeys(int[] edges, ParallelEdgeOrder order, IReadOnlyList<PropertyDef> properties)
    {
        _edges = edges;
        _order = order;
        Properties = properties;
    }

    /// <summary>The edge keys of a selection's items, or null when its edges have none (no identifying property, or read inside).</summary>
    public static SlotEdgeKeys? For(RelationshipSelection selection, RelationshipTable relationship) =>
        selection.EdgeKey.Count == 0 || relationship.ParallelOrder is not { } order
            ? null
            : new SlotEdgeKeys(relationship.For(selection.Field.Direction).Edges, order, selection.EdgeKey);

    public IReadOnlyList<PropertyDef> Properties { get; }

    public void Read(int slot, Span<object?> values) => _order.Read(_edges[slot], values);

    /// <summary>Compares a slot's edge with a cursor's edge key; a cursor without one comes before every edge.</summary>
    public int CompareToKey(int slot, IReadOnlyList<object?>? key) => _order.CompareToKey(_edges[slot], key);
}
