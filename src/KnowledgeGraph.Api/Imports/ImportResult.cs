namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// A committed import: what it changed (the names of <c>importGraph</c>'s payload), the store's data version once it
/// is visible, what was received, and on Neo4j the bookmark to read one's write (<c>KG-Bookmark</c>).
/// </summary>
internal sealed record ImportResult(
    long DataVersion,
    int NodesCreatedCount,
    int NodesUpdatedCount,
    int RelationshipsCreatedCount,
    int Files,
    long Bytes,
    long Records,
    string? Bookmark);
