using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>
/// Counts the open SSE streams and WebSockets of this instance, per client (<see cref="Limits.RateLimiting.ClientPartitionKey"/>:
/// identity, else IP address) and in all, and refuses one more beyond <see cref="SubscriptionOptions.MaxConnectionsPerClient"/>
/// or <see cref="SubscriptionOptions.MaxConnections"/>.
/// </summary>
public sealed class ConnectionLimiter(IOptions<SubscriptionOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _total;

    public int Open => Volatile.Read(ref _total);

    /// <summary>A lease to dispose when the connection ends, or null when a limit is reached.</summary>
    public IDisposable? TryOpen(string client)
    {
        var limits = options.Value;
        lock (_gate)
        {
            var mine = _perClient.GetValueOrDefault(client);
            if ((limits.MaxConnectionsPerClient > 0 && mine >= limits.MaxConnectionsPerClient)
                || (limits.MaxConnections > 0 && _total >= limits.MaxConnections))
                return null;
            _perClient[client] = mine + 1;
            _total++;
        }

        return new Lease(this, client);
    }

    private void Close(string client)
    {
        lock (_gate)
        {
            _total--;
            var left = _perClient.GetValueOrDefault(client) - 1;
            if (left <= 0)
                _perClient.TryRemove(client, out _);
            else
                _perClient[client] = left;
        }
    }

    private sealed class Lease(ConnectionLimiter owner, string client) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                owner.Close(client);
        }
    }
}
