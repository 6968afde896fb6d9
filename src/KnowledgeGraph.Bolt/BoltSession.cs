using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.Protocol;
using KnowledgeGraph.Bolt.Internal.Retry;
using KnowledgeGraph.Bolt.Internal.Routing;
using Polly;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// A session borrows a pooled connection per auto-commit query or transaction and gives it back when the result is
/// read or the transaction closed. Starting new work first buffers a result still open. On a routing driver the
/// connection comes from a reader or a writer by the work's access mode; the session's home database is resolved
/// once (ROUTE, or the database Bolt 5.8 names in BEGIN's and RUN's SUCCESS) and then kept; its bookmarks make each
/// transaction wait for the previous ones, wherever they ran.
/// </summary>
public sealed class BoltSession : IBoltSession
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();
    private readonly IConnectionProvider _pool;
    private readonly ResiliencePipeline _retry;
    private readonly SessionOptions _options;
    private readonly long _fetchSize;
    private IReadOnlyList<string> _bookmarks;
    private BoltResult? _openResult;
    private BoltTransaction? _openTransaction;
    private string? _database;

    internal BoltSession(IConnectionProvider pool, ResiliencePipeline retry, SessionOptions options, long defaultFetchSize)
    {
        _pool = pool;
        _retry = retry;
        _options = options;
        _fetchSize = options.FetchSize ?? defaultFetchSize;
        _bookmarks = options.Bookmarks;
        _database = options.Database;
    }

    /// <summary>The database the session works on: as asked, or the home database once resolved; null before that.</summary>
    public string? Database => _database;

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    public async Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, TransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        await PrepareForNewWorkAsync(cancellationToken).ConfigureAwait(false);
        var connection = await AcquireAsync(_options.DefaultAccessMode, cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Protocol.EnqueueAutoCommitRun(connection, query, parameters ?? NoParameters, Context(_options.DefaultAccessMode, options), _fetchSize);
        }
        catch
        {
            await _pool.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }
        _openResult = await BoltResult.StartAsync(connection, inTransaction: false, _fetchSize, (result, error) =>
        {
            if (error is null && result.Summary?.Bookmark is { } bookmark) _bookmarks = [bookmark];
            return _pool.ReleaseAsync(connection);
        }, cancellationToken).ConfigureAwait(false);
        Resolved(_openResult.Database);
        return _openResult;
    }

    public Task<BoltTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        BeginAsync(_options.DefaultAccessMode, options, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, options, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, options, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_openTransaction is { IsOpen: true } transaction) await transaction.DisposeAsync().ConfigureAwait(false);
        if (_openResult is { IsFinished: false } result)
        {
            try
            {
                await result.ConsumeAsync().ConfigureAwait(false);
            }
            catch (BoltException)
            {
                // The result's connection has been released (or discarded) by its failure handling.
            }
        }
    }

    private async Task<BoltTransaction> BeginAsync(AccessMode mode, TransactionOptions? options, CancellationToken cancellationToken)
    {
        await PrepareForNewWorkAsync(cancellationToken).ConfigureAwait(false);
        var connection = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        try
        {
            Resolved(await connection.Protocol.BeginAsync(connection, Context(mode, options), cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            await _pool.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }
        _openTransaction = new BoltTransaction(connection, _fetchSize, async (bookmark, used) =>
        {
            if (bookmark is not null) _bookmarks = [bookmark];
            _openTransaction = null;
            await _pool.ReleaseAsync(used).ConfigureAwait(false);
        });
        return _openTransaction;
    }

    private async Task<T> ExecuteAsync<T>(AccessMode mode, Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionOptions? options, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryPipelineFactory.StartedAt, System.Diagnostics.Stopwatch.GetTimestamp());
        try
        {
            return await _retry.ExecuteAsync(async ctx =>
            {
                await using var transaction = await BeginAsync(mode, options, ctx.CancellationToken).ConfigureAwait(false);
                var value = await work(transaction, ctx.CancellationToken).ConfigureAwait(false);
                if (transaction.IsOpen) await transaction.CommitAsync(ctx.CancellationToken).ConfigureAwait(false);
                return value;
            }, context).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task PrepareForNewWorkAsync(CancellationToken cancellationToken)
    {
        if (_openTransaction is { IsOpen: true })
            throw new ClientException("The session has an open transaction; commit or roll it back first, or use another session.");
        if (_openResult is { IsFinished: false } open) await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Internal.Connector.BoltConnection> AcquireAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        var lease = await _pool.AcquireAsync(new ConnectionRequest(mode, _database, _bookmarks, _options.ImpersonatedUser), cancellationToken).ConfigureAwait(false);
        _database ??= lease.Database;
        return lease.Connection;
    }

    /// <summary>Bolt 5.8+: the server named the database it resolved; the session keeps to it and the driver remembers it.</summary>
    private void Resolved(string? database)
    {
        if (database is null || _options.Database is not null) return;
        if (_database is null) _pool.RememberHomeDatabase(_options.ImpersonatedUser, database);
        _database = database;
    }

    private TransactionContext Context(AccessMode mode, TransactionOptions? options) =>
        new(_database, _bookmarks, mode, options, _options.ImpersonatedUser);
}
