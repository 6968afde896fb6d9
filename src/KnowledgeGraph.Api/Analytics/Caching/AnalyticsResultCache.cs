using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Analytics.Caching;

/// <summary>
/// Graph-wide results (networks, centrality scores, communities) by (snapshot version, parameters), in a memory
/// cache bounded to <see cref="AnalyticsOptions.ResultCacheEntries"/> entries. A result is computed once, off the
/// request (so that one caller giving up does not cancel it for the others), and dropped if it fails.
/// </summary>
public sealed class AnalyticsResultCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly Lock _gate = new();

    public AnalyticsResultCache(IOptions<AnalyticsOptions> options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ResultCacheEntries) });
    }

    public int Count => _cache.Count;

    public async Task<T> GetOrComputeAsync<T>(AnalyticsCacheKey key, Func<T> compute, CancellationToken cancellationToken)
    {
        Task<T> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out Task<T>? cached) && cached is not null)
            {
                task = cached;
            }
            else
            {
                task = Task.Run(compute, CancellationToken.None);
                _cache.Set(key, task, new MemoryCacheEntryOptions { Size = 1 });
            }
        }

        try
        {
            return await task.WaitAsync(cancellationToken);
        }
        catch when (task.IsFaulted)
        {
            _cache.Remove(key);
            throw;
        }
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>What a cached result is of: the kind, the snapshot version and the parameters as canonical text.</summary>
public sealed record AnalyticsCacheKey(string Kind, long Version, string Parameters);
