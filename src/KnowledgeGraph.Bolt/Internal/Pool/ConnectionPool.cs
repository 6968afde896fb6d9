using System.Collections.Concurrent;
using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.Messaging;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Bolt.Internal.Pool;

/// <summary>
/// A bounded pool of connections to one server. Idle connections are checked before reuse (socket closed, too old,
/// or idle too long and not answering RESET); a connection lost to an I/O error empties the idle set, since the
/// server has probably gone away (a restart) and the others are dead too.
/// </summary>
internal sealed partial class ConnectionPool(Func<CancellationToken, Task<BoltConnection>> connect, BoltDriverOptions options, ILogger logger)
    : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MaxConnectionPoolSize, options.MaxConnectionPoolSize);
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private volatile bool _disposed;

    private int _inUse;

    public int IdleCount => _idle.Count;

    /// <summary>Connections borrowed and not given back: the load measure of least-connected routing.</summary>
    public int InUseCount => Volatile.Read(ref _inUse);

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(options.ConnectionAcquisitionTimeout, cancellationToken).ConfigureAwait(false))
            throw new ConnectionAcquisitionTimeoutException(options.ConnectionAcquisitionTimeout);
        try
        {
            while (_idle.TryPop(out var connection))
            {
                if (await IsReusableAsync(connection, cancellationToken).ConfigureAwait(false)) return Borrowed(connection);
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            return Borrowed(await connect(cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private BoltConnection Borrowed(BoltConnection connection)
    {
        Interlocked.Increment(ref _inUse);
        return connection;
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        Interlocked.Decrement(ref _inUse);
        try
        {
            if (connection.IsBroken || _disposed || IsExpired(connection))
            {
                if (connection.IsBroken) PurgeIdle();
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _idle.Push(connection);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void PurgeIdle()
    {
        while (_idle.TryPop(out var connection)) _ = connection.DisposeAsync().AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
    }

    private bool IsExpired(BoltConnection connection) =>
        Environment.TickCount64 - connection.CreatedAt > options.MaxConnectionLifetime.TotalMilliseconds;

    private async Task<bool> IsReusableAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        if (IsExpired(connection) || !connection.IsSocketOpen()) return false;
        if (Environment.TickCount64 - connection.LastUsedAt < options.IdleLivenessCheck.TotalMilliseconds) return true;
        try
        {
            connection.Enqueue(EmptyMessage.Reset);
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            return await connection.ReadAsync(cancellationToken).ConfigureAwait(false) is SuccessMessage;
        }
        catch (BoltException e)
        {
            LogLivenessFailed(logger, connection.Address, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Idle connection to {Address} failed its liveness check: {Reason}")]
    private static partial void LogLivenessFailed(ILogger logger, string address, string reason);
}
