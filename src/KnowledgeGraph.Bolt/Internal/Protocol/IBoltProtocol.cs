using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>What differs between Bolt versions, behind one interface; <see cref="BoltProtocolFactory"/> picks the implementation.</summary>
internal interface IBoltProtocol
{
    BoltProtocolVersion Version { get; }

    PackStreamFormat Format { get; }

    /// <summary>True when PULL takes a batch size and answers has_more (4.0+).</summary>
    bool PullsInBatches { get; }

    /// <summary>Authenticates; returns the server agent.</summary>
    Task<string> InitializeAsync(BoltConnection connection, string userAgent, AuthToken auth, IReadOnlyDictionary<string, object?>? routingContext, CancellationToken cancellationToken);

    /// <summary>Queues RUN and the first PULL of an auto-commit query.</summary>
    void EnqueueAutoCommitRun(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, TransactionContext context, long fetchSize);

    /// <summary>Begins a transaction; returns the database the server resolved (Bolt 5.8+ says so in BEGIN's SUCCESS), if it said.</summary>
    Task<string?> BeginAsync(BoltConnection connection, TransactionContext context, CancellationToken cancellationToken);

    /// <summary>True when the version has the ROUTE message (4.3+).</summary>
    bool SupportsRoute { get; }

    /// <summary>ROUTE: the routing table ("rt") for a database (null: the user's home database).</summary>
    Task<IReadOnlyDictionary<string, object?>> RouteAsync(BoltConnection connection, IReadOnlyDictionary<string, object?> routingContext,
        IReadOnlyList<string> bookmarks, string? database, string? impersonatedUser, CancellationToken cancellationToken);

    /// <summary>Queues RUN and the first PULL of a query inside an explicit transaction.</summary>
    void EnqueueTransactionRun(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, long fetchSize);

    IRequestMessage PullMore(long fetchSize);

    IRequestMessage DiscardRest();

    /// <summary>Commits; returns the new bookmark if the server sent one.</summary>
    Task<string?> CommitAsync(BoltConnection connection, CancellationToken cancellationToken);

    Task RollbackAsync(BoltConnection connection, CancellationToken cancellationToken);

    IRequestMessage FailureRecovery(bool inTransaction);

    /// <summary>True when recovering from a failure also ends an open transaction (RESET); false when it must still be rolled back (Bolt 1).</summary>
    bool FailureEndsTransaction { get; }
}
