namespace KnowledgeGraph.Core.Paging;

/// <summary>
/// Where a keyset cursor points: the sort key values of a node (text in normal form, enums by name, numbers as
/// doubles or longs, booleans; null when missing) and its id, the final tie-break.
/// </summary>
public sealed record CursorPosition(IReadOnlyList<object?> Keys, string Id);
