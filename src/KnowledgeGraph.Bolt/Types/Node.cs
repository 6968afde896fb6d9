namespace KnowledgeGraph.Bolt;

/// <summary>A graph node. <see cref="ElementId"/> is the server's element id (Bolt 5+) or the id as text before.</summary>
public sealed record Node(
    long Id,
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties);
