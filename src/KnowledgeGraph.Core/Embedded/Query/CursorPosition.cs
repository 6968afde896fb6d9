namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>A keyset position: the sort key values of a node and its id.</summary>
internal sealed record CursorPosition(object?[] Values, string Id);
