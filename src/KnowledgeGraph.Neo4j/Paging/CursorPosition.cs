namespace KnowledgeGraph.Neo4j.Paging;

/// <summary>Where a cursor points: the sort key values of a node (text in normal form, numbers as doubles) and its id, the final tie-break.</summary>
public sealed record CursorPosition(IReadOnlyList<object?> Keys, string Id);
