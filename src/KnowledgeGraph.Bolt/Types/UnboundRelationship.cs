namespace KnowledgeGraph.Bolt;

/// <summary>A relationship without its ends, as carried inside a path on the wire.</summary>
public sealed record UnboundRelationship(
    long Id,
    string ElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
