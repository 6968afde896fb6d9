using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Observability;

/// <summary>The usage of a connection pool at one moment.</summary>
public readonly record struct ConnectionPoolUsage(int InUse, int Idle, int Max);

/// <summary>
/// The metric hook for connection pools (the Neo4j store's Bolt pool): whoever builds a pool registers a callback
/// that reads its usage, e.g. <c>services.GetRequiredService&lt;ConnectionPoolGauges&gt;().Register("bolt", () =&gt;
/// new ConnectionPoolUsage(pool.InUse, pool.Idle, pool.MaxSize))</c>, and disposes the registration with the pool.
/// The callback is read at each scrape of <c>/metrics</c> (gauge <c>knowledgegraph_api_connection_pool_connections{pool,state}</c>).
/// </summary>
public sealed class ConnectionPoolGauges : IDisposable
{
    // Every live registry of the process (one per host), read by the process-wide gauge.
    private static readonly ConcurrentDictionary<ConnectionPoolGauges, bool> Live = new();

    private readonly ConcurrentDictionary<string, Func<ConnectionPoolUsage>> pools = new();

    public ConnectionPoolGauges() => Live[this] = true;

    public void Dispose() => Live.TryRemove(this, out _);

    public IDisposable Register(string pool, Func<ConnectionPoolUsage> readUsage)
    {
        pools[pool] = readUsage;
        return new Registration(() => pools.TryRemove(new KeyValuePair<string, Func<ConnectionPoolUsage>>(pool, readUsage)));
    }

    internal static IEnumerable<Measurement<int>> ObserveAll()
    {
        foreach (var (pool, read) in Live.Keys.SelectMany(registry => registry.pools))
        {
            var usage = read();
            var poolTag = new KeyValuePair<string, object?>("pool", pool);
            yield return new Measurement<int>(usage.InUse, poolTag, new("state", "in_use"));
            yield return new Measurement<int>(usage.Idle, poolTag, new("state", "idle"));
            yield return new Measurement<int>(usage.Max, poolTag, new("state", "max"));
        }
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
