using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// A read of nodes of one label as a Relay connection: filter, order, page, projection, whether the total count
/// is wanted, and the aggregates wanted (null: none). At the root it ranges over all nodes of the label; nested in
/// a <see cref="RelationshipSelection"/> it ranges over the nodes related to the parent node.
/// A page of <c>First = 0</c> without cursors (<see cref="WantsNoNodes"/>) asks for no node: the stores then only
/// count and aggregate, without ordering or materialising the matching nodes.
/// <see cref="Cursors"/> says which edge cursors the response reads (default: all of them).
/// </summary>
public sealed record ConnectionQuery(
    LabelDef Label,
    Filter? Where,
    IReadOnlyList<OrderKey> Order,
    PageRequest Page,
    NodeProjection Projection,
    bool IncludeTotalCount,
    AggregateRequest? Aggregate = null)
{
    /// <summary>
    /// Which edge cursors to compute (<see cref="EdgeCursors.All"/> unless the planner knows fewer are read). Paging
    /// itself (hasNextPage, hasPreviousPage, totalCount) does not depend on it.
    /// </summary>
    public EdgeCursors Cursors { get; init; } = EdgeCursors.All;

    public bool WantsNoNodes => Page is { First: 0, After: null, Before: null, Last: null };
}
