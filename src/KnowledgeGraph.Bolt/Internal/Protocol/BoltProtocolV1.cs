using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>
/// Bolt 1: INIT, RUN + PULL_ALL/DISCARD_ALL; after a failure ACK_FAILURE inside a transaction (then ROLLBACK), RESET outside
/// one (Neo4j 3.1 otherwise fails the next query with the dead implicit transaction); transactions are the Cypher statements BEGIN, COMMIT and
/// ROLLBACK; a bookmark travels as the BEGIN statement's parameter.
/// </summary>
internal sealed class BoltProtocolV1 : IBoltProtocol
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    public BoltProtocolVersion Version => BoltProtocolVersion.V1;

    public PackStreamFormat Format => PackStreamFormat.Legacy;

    public bool PullsInBatches => false;

    public async Task<string> InitializeAsync(BoltConnection connection, string userAgent, AuthToken auth, IReadOnlyDictionary<string, object?>? routingContext, CancellationToken cancellationToken)
    {
        connection.Enqueue(new InitMessage(userAgent, auth.Entries));
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var success = await connection.ReadSuccessAsync(inTransaction: false, cancellationToken).ConfigureAwait(false);
        return success.GetString("server") ?? "Neo4j/unknown";
    }

    public void EnqueueAutoCommitRun(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, TransactionContext context, long fetchSize)
    {
        RejectUnsupported(context);
        connection.Enqueue(new RunMessage(query, parameters, extra: null));
        connection.Enqueue(EmptyMessage.PullAll);
    }

    public async Task<string?> BeginAsync(BoltConnection connection, TransactionContext context, CancellationToken cancellationToken)
    {
        RejectUnsupported(context);
        var parameters = context.Bookmarks.Count > 0
            ? new Dictionary<string, object?> { ["bookmark"] = context.Bookmarks[^1], ["bookmarks"] = context.Bookmarks }
            : NoParameters;
        await RunStatementAsync(connection, "BEGIN", parameters, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public bool SupportsRoute => false;

    public Task<IReadOnlyDictionary<string, object?>> RouteAsync(BoltConnection connection, IReadOnlyDictionary<string, object?> routingContext,
        IReadOnlyList<string> bookmarks, string? database, string? impersonatedUser, CancellationToken cancellationToken) =>
        throw new NotSupportedException("ROUTE needs Bolt 4.3 or later.");

    public void EnqueueTransactionRun(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, long fetchSize)
    {
        connection.Enqueue(new RunMessage(query, parameters, extra: null));
        connection.Enqueue(EmptyMessage.PullAll);
    }

    public IRequestMessage PullMore(long fetchSize) => throw new InvalidOperationException("Bolt 1 pulls all records at once.");

    public IRequestMessage DiscardRest() => throw new InvalidOperationException("Bolt 1 pulls all records at once.");

    public Task<string?> CommitAsync(BoltConnection connection, CancellationToken cancellationToken) =>
        RunStatementAsync(connection, "COMMIT", NoParameters, cancellationToken);

    public Task RollbackAsync(BoltConnection connection, CancellationToken cancellationToken) =>
        RunStatementAsync(connection, "ROLLBACK", NoParameters, cancellationToken);

    public IRequestMessage FailureRecovery(bool inTransaction) => inTransaction ? EmptyMessage.AckFailure : EmptyMessage.Reset;

    public bool FailureEndsTransaction => false;

    private static async Task<string?> RunStatementAsync(BoltConnection connection, string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        connection.Enqueue(new RunMessage(statement, parameters, extra: null));
        connection.Enqueue(EmptyMessage.DiscardAll);
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var run = await connection.ReadSuccessAsync(inTransaction: true, cancellationToken).ConfigureAwait(false);
        var discard = await connection.ReadSuccessAsync(inTransaction: true, cancellationToken).ConfigureAwait(false);
        return discard.GetString("bookmark") ?? run.GetString("bookmark");
    }

    private static void RejectUnsupported(TransactionContext context)
    {
        if (context.Database is not null)
            throw new ClientException("Database selection needs Bolt 4 or later; this server speaks Bolt 1.");
        if (context.ImpersonatedUser is not null)
            throw new ClientException("Impersonation needs Bolt 4.4 or later; this server speaks Bolt 1.");
        if (context.Options is { IsEmpty: false })
            throw new ClientException("Transaction timeouts and metadata need Bolt 3 or later; this server speaks Bolt 1.");
    }
}
