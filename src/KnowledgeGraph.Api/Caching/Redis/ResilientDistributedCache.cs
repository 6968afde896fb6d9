using KnowledgeGraph.Api.Observability;
using Microsoft.Extensions.Caching.Distributed;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>
/// The L2 that HybridCache sees: Redis (RedisCache) while it can be reached, a silent miss otherwise; faults are
/// reported to <see cref="RedisConnection"/> (logged once) rather than thrown, every call is bounded by
/// <see cref="CacheOptions.RedisTimeout"/>, and L2 hits and misses are counted.
/// </summary>
public sealed class ResilientDistributedCache(IDistributedCache redis, RedisConnection connection, KnowledgeGraphMetrics metrics)
    : IDistributedCache
{
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        if (!connection.IsAvailable)
            return null;
        try
        {
            var value = await connection.BoundAsync(redis.GetAsync(key, token));
            connection.ReportSuccess();
            metrics.CacheLookup(KnowledgeGraphMetrics.L2, value is not null);
            return value;
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            connection.ReportFailure(e);
            return null;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        if (!connection.IsAvailable)
            return;
        try
        {
            await connection.BoundAsync(redis.SetAsync(key, value, options, token));
            connection.ReportSuccess();
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            connection.ReportFailure(e);
        }
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        if (!connection.IsAvailable)
            return;
        try
        {
            await connection.BoundAsync(redis.RefreshAsync(key, token));
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            connection.ReportFailure(e);
        }
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        if (!connection.IsAvailable)
            return;
        try
        {
            await connection.BoundAsync(redis.RemoveAsync(key, token));
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            connection.ReportFailure(e);
        }
    }
}
