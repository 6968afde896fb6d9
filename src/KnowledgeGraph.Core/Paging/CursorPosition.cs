namespace KnowledgeGraph.Core.Paging;

/// <summary>
/// Where a keyset cursor points: the sort key values of a node (text in normal form, enums by name, numbers as
/// doubles or longs, booleans; null when missing) and its id, the tie-break between nodes.
/// </summary>
public sealed record CursorPosition(IReadOnlyList<object?> Keys, string Id)
{
    /// <summary>
    /// In a nested connection along a relationship with identifying properties
    /// (<see cref="Plan.RelationshipSelection.EdgeKey"/>): the edge's identifying values, in the definition's order
    /// (null where missing), the tie-break between parallel edges to the same node. Null everywhere else, and in a
    /// cursor issued before edges carried it: such a position comes before every edge to its node.
    /// </summary>
    public IReadOnlyList<object?>? EdgeKey { get; init; }
}
