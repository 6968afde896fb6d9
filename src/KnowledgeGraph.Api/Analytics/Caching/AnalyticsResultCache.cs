using KnowledgeGraph.Api.Limits.Fairness;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Analytics.Caching;

/// <summary>
/// Graph-wide results (networks, centrality scores, communities) by (snapshot version, parameters), in a memory
/// cache bounded to <see cref="AnalyticsOptions.ResultCacheEntries"/> entries. A result is computed once, in the
/// <see cref="HeavyWorkLane"/>, for every caller that asks for it meanwhile: one caller giving up does not cancel it
/// for the others, and when every caller has given up before it started, it is dropped from the lane's queue (a
/// client cannot fill the lane with work nobody waits for). A failed or dropped result is not kept.
/// </summary>
public sealed class AnalyticsResultCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly HeavyWorkLane _lane;
    private readonly Lock _gate = new();

    public AnalyticsResultCache(IOptions<AnalyticsOptions> options, HeavyWorkLane lane)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ResultCacheEntries) });
        _lane = lane;
    }

    public int Count => _cache.Count;

    public async Task<T> GetOrComputeAsync<T>(AnalyticsCacheKey key, Func<T> compute, CancellationToken cancellationToken)
    {
        SharedResult<T> shared;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out SharedResult<T>? cached) && cached is not null && cached.TryJoin())
            {
                shared = cached;
            }
            else
            {
                shared = new SharedResult<T>();
                shared.Task = _lane.RunAsync(compute, shared.Abandoned);
                _cache.Set(key, shared, new MemoryCacheEntryOptions { Size = 1 });
            }
        }

        try
        {
            return await shared.Task.WaitAsync(cancellationToken);
        }
        catch when (shared.Task.IsFaulted || shared.Task.IsCanceled)
        {
            Forget(key, shared);
            throw;
        }
        finally
        {
            lock (_gate)
                shared.Leave();
        }
    }

    private void Forget(AnalyticsCacheKey key, object shared)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var current) && ReferenceEquals(current, shared))
                _cache.Remove(key);
        }
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>One computation and the callers waiting for it (counted under the cache's lock).</summary>
    private sealed class SharedResult<T>
    {
        private readonly CancellationTokenSource _abandoned = new();
        private int _waiters = 1;

        public Task<T> Task { get; set; } = null!;

        /// <summary>Cancelled when the last caller leaves: if the work has not started, the lane drops it.</summary>
        public CancellationToken Abandoned => _abandoned.Token;

        /// <summary>Joins the callers, unless they all left before the work started and the lane dropped it.</summary>
        public bool TryJoin()
        {
            if (Task.IsCanceled)
                return false;
            _waiters++;
            return true;
        }

        public void Leave()
        {
            if (--_waiters == 0 && !Task.IsCompleted)
                _abandoned.Cancel();
        }
    }
}

/// <summary>What a cached result is of: the kind, the snapshot version and the parameters as canonical text.</summary>
public sealed record AnalyticsCacheKey(string Kind, long Version, string Parameters);
