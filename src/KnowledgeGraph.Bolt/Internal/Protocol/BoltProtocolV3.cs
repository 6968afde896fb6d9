using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>Bolt 3: HELLO with auth, RUN with an extra map, PULL_ALL, BEGIN/COMMIT/ROLLBACK messages, RESET after failures.</summary>
internal class BoltProtocolV3 : IBoltProtocol
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public virtual BoltProtocolVersion Version => BoltProtocolVersion.V3;

    public virtual PackStreamFormat Format => PackStreamFormat.Legacy;

    public virtual bool PullsInBatches => false;

    public virtual async Task<string> InitializeAsync(BoltConnection connection, string userAgent, AuthToken auth, IReadOnlyDictionary<string, object?>? routingContext, CancellationToken cancellationToken)
    {
        var extra = HelloExtra(userAgent, routingContext);
        foreach (var (key, value) in auth.Entries) extra[key] = value;
        connection.Enqueue(new HelloMessage(extra));
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var success = await connection.ReadSuccessAsync(inTransaction: false, cancellationToken).ConfigureAwait(false);
        OnHelloSuccess(connection, success);
        RecordHints(connection, success);
        return success.GetString("server") ?? "Neo4j/unknown";
    }

    public void EnqueueAutoCommitRun(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, TransactionContext context, long fetchSize)
    {
        connection.Enqueue(new RunMessage(query, parameters, TransactionExtra(context)));
        connection.Enqueue(FirstPull(fetchSize));
    }

    public async Task<string?> BeginAsync(BoltConnection connection, TransactionContext context, CancellationToken cancellationToken)
    {
        connection.Enqueue(new BeginMessage(TransactionExtra(context)));
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var success = await connection.ReadSuccessAsync(inTransaction: true, cancellationToken).ConfigureAwait(false);
        return success.GetString("db");
    }

    public virtual bool SupportsRoute => false;

    public virtual Task<IReadOnlyDictionary<string, object?>> RouteAsync(BoltConnection connection, IReadOnlyDictionary<string, object?> routingContext,
        IReadOnlyList<string> bookmarks, string? database, string? impersonatedUser, CancellationToken cancellationToken) =>
        throw new NotSupportedException("ROUTE needs Bolt 4.3 or later.");

    public void EnqueueTransactionRun(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, long fetchSize)
    {
        connection.Enqueue(new RunMessage(query, parameters, Empty));
        connection.Enqueue(FirstPull(fetchSize));
    }

    public virtual IRequestMessage PullMore(long fetchSize) => throw new InvalidOperationException("Bolt 3 pulls all records at once.");

    public virtual IRequestMessage DiscardRest() => throw new InvalidOperationException("Bolt 3 pulls all records at once.");

    public async Task<string?> CommitAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        connection.Enqueue(EmptyMessage.Commit);
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var success = await connection.ReadSuccessAsync(inTransaction: true, cancellationToken).ConfigureAwait(false);
        return success.GetString("bookmark");
    }

    public async Task RollbackAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        connection.Enqueue(EmptyMessage.Rollback);
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        await connection.ReadSuccessAsync(inTransaction: true, cancellationToken).ConfigureAwait(false);
    }

    public IRequestMessage FailureRecovery(bool inTransaction) => EmptyMessage.Reset;

    public bool FailureEndsTransaction => true;

    protected virtual Dictionary<string, object?> HelloExtra(string userAgent, IReadOnlyDictionary<string, object?>? routingContext) =>
        new() { ["user_agent"] = userAgent };

    /// <summary>Keeps the connection hints of HELLO's SUCCESS (4.3+), e.g. <c>ssr.enabled</c> (server-side routing).</summary>
    protected static void RecordHints(BoltConnection connection, SuccessMessage success)
    {
        if (success.Metadata.GetValueOrDefault("hints") is IReadOnlyDictionary<string, object?> hints) connection.SetHints(hints);
    }

    protected virtual void OnHelloSuccess(BoltConnection connection, SuccessMessage success)
    {
    }

    protected virtual IRequestMessage FirstPull(long fetchSize) => EmptyMessage.PullAll;

    protected virtual Dictionary<string, object?> TransactionExtra(TransactionContext context)
    {
        if (context.Database is not null)
            throw new ClientException($"Database selection needs Bolt 4 or later; this server speaks Bolt {Version}.");
        if (context.ImpersonatedUser is not null)
            throw new ClientException($"Impersonation needs Bolt 4.4 or later; this server speaks Bolt {Version}.");
        var extra = new Dictionary<string, object?>();
        if (context.Bookmarks.Count > 0) extra["bookmarks"] = context.Bookmarks;
        if (context.Options?.Timeout is { } timeout) extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        if (context.Options?.Metadata is { Count: > 0 } metadata) extra["tx_metadata"] = metadata;
        if (context.Mode == AccessMode.Read) extra["mode"] = "r";
        return extra;
    }
}
