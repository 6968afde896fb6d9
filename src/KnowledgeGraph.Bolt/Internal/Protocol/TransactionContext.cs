namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>What BEGIN or an auto-commit RUN carries besides the query.</summary>
internal sealed record TransactionContext(
    string? Database,
    IReadOnlyList<string> Bookmarks,
    AccessMode Mode,
    TransactionOptions? Options,
    string? ImpersonatedUser = null);
