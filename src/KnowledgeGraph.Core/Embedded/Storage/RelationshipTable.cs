using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>The relationships of one definition: their records and property columns (row = edge index) and both adjacencies.</summary>
internal sealed class RelationshipTable(
    RelationshipDef definition,
    RelationshipRecord[] edges,
    IReadOnlyDictionary<string, Column> columns,
    Adjacency outgoing,
    Adjacency incoming,
    ParallelEdgeOrder? parallelOrder)
{
    public RelationshipDef Definition { get; } = definition;

    public RelationshipRecord[] Edges { get; } = edges;

    public IReadOnlyDictionary<string, Column> Columns { get; } = columns;

    /// <summary>The order of parallel edges (<see cref="ParallelEdgeOrder.Of"/>), the one the adjacencies keep; null when the definition has none.</summary>
    public ParallelEdgeOrder? ParallelOrder { get; } = parallelOrder;

    public Adjacency For(Direction direction) => direction == Direction.Outgoing ? outgoing : incoming;
}
