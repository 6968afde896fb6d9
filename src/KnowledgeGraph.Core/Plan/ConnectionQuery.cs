using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// A read of nodes of one label as a Relay connection: filter, order, page, projection, and whether the total count
/// is wanted. At the root it ranges over all nodes of the label; nested in a <see cref="RelationshipSelection"/> it
/// ranges over the nodes related to the parent node.
/// </summary>
public sealed record ConnectionQuery(
    LabelDef Label,
    Filter? Where,
    IReadOnlyList<OrderKey> Order,
    PageRequest Page,
    NodeProjection Projection,
    bool IncludeTotalCount);
