using KnowledgeGraph.Bolt.Internal.Connector;

namespace KnowledgeGraph.Bolt.Internal.Routing;

/// <summary>What a session needs to borrow a connection for a piece of work.</summary>
internal sealed record ConnectionRequest(AccessMode Mode, string? Database, IReadOnlyList<string> Bookmarks, string? ImpersonatedUser);

/// <summary>A borrowed connection and the database it serves (the home database once resolved, else as asked).</summary>
internal readonly record struct Lease(BoltConnection Connection, string? Database);

/// <summary>Hands out connections: to the one server of a direct URI, or to the right cluster member when routing.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<Lease> AcquireAsync(ConnectionRequest request, CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// <summary>The server resolved the home database (Bolt 5.8 SUCCESS of BEGIN or RUN): remember it for the user.</summary>
    void RememberHomeDatabase(string? impersonatedUser, string database);
}
