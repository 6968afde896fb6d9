namespace KnowledgeGraph.Bolt;

/// <summary>A graph relationship with both ends.</summary>
public sealed record Relationship(
    long Id,
    string ElementId,
    long StartNodeId,
    string StartNodeElementId,
    long EndNodeId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
