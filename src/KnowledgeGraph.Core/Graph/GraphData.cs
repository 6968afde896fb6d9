namespace KnowledgeGraph.Core.Graph;

/// <summary>A whole validated graph: what seed loading produces and what a store is built from.</summary>
public sealed record GraphData(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships)
{
    public static GraphData Empty { get; } = new([], []);
}
