namespace KnowledgeGraph.Core.Analytics.Paths;

/// <summary>
/// A shortest-path question: from one node to another in at most <see cref="MaxLength"/> relationships, following
/// only <see cref="RelationshipTypes"/> (all when null), in both directions unless told otherwise.
/// </summary>
public sealed record PathRequest(
    string From,
    string To,
    int MaxLength = PathRequest.DefaultMaxLength,
    IReadOnlyList<string>? RelationshipTypes = null,
    TraversalDirection Direction = TraversalDirection.Both)
{
    public const int DefaultMaxLength = 8;
    public const int MaxMaxLength = 16;
}
