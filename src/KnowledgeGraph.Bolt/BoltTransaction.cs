using KnowledgeGraph.Bolt.Internal.Connector;

namespace KnowledgeGraph.Bolt;

/// <summary>An explicit transaction. Disposing it without <see cref="CommitAsync"/> rolls it back.</summary>
public sealed class BoltTransaction : IAsyncDisposable
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<string?, BoltConnection, ValueTask> _onClosed;
    private BoltResult? _openResult;
    private State _state = State.Active;

    internal BoltTransaction(BoltConnection connection, long fetchSize, Func<string?, BoltConnection, ValueTask> onClosed)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _onClosed = onClosed;
    }

    private enum State { Active, Failed, Closed }

    public bool IsOpen => _state == State.Active;

    public async Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureActive();
        await BufferOpenResultAsync(cancellationToken).ConfigureAwait(false);
        _connection.Protocol.EnqueueTransactionRun(_connection, query, parameters ?? NoParameters, _fetchSize);
        var result = await BoltResult.StartAsync(_connection, inTransaction: true, _fetchSize, OnResultFinished, cancellationToken).ConfigureAwait(false);
        _openResult = result;
        return result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.Failed)
        {
            await RollbackAsync(cancellationToken).ConfigureAwait(false);
            throw new ClientException("The transaction failed and was rolled back; it cannot be committed.");
        }
        EnsureActive();
        string? bookmark = null;
        try
        {
            await BufferOpenResultAsync(cancellationToken).ConfigureAwait(false);
            EnsureActive();
            bookmark = await _connection.Protocol.CommitAsync(_connection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await CloseAsync(bookmark).ConfigureAwait(false);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.Closed) return;
        try
        {
            if (_state == State.Active && !_connection.IsBroken)
                await BufferOpenResultAsync(cancellationToken).ConfigureAwait(false);
            var serverTransactionOpen = _state == State.Active || !_connection.Protocol.FailureEndsTransaction;
            if (serverTransactionOpen && !_connection.IsBroken)
                await _connection.Protocol.RollbackAsync(_connection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await CloseAsync(null).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (BoltException)
        {
            // The connection is discarded by the pool when broken; disposal must not throw.
        }
    }

    private async Task BufferOpenResultAsync(CancellationToken cancellationToken)
    {
        if (_openResult is { IsFinished: false } open) await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
    }

    private ValueTask OnResultFinished(BoltResult result, Exception? error)
    {
        if (error is not null) _state = State.Failed;
        return ValueTask.CompletedTask;
    }

    private void EnsureActive()
    {
        if (_state == State.Failed)
            throw new ClientException("The transaction failed and was rolled back; it cannot run more queries or commit.");
        if (_state == State.Closed) throw new ClientException("The transaction is already closed.");
    }

    private async ValueTask CloseAsync(string? bookmark)
    {
        if (_state == State.Closed) return;
        _state = State.Closed;
        await _onClosed(bookmark, _connection).ConfigureAwait(false);
    }
}
