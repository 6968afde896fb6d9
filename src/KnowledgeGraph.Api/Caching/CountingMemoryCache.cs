using KnowledgeGraph.Api.Observability;
using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeGraph.Api.Caching;

/// <summary>The in-process cache HybridCache uses as L1, counting lookups of answer keys as L1 hits and misses.</summary>
public sealed class CountingMemoryCache(IMemoryCache inner, string keyPrefix, KnowledgeGraphMetrics metrics) : IMemoryCache
{
    public bool TryGetValue(object key, out object? value)
    {
        var hit = inner.TryGetValue(key, out value);
        if (key is string text && text.StartsWith(keyPrefix, StringComparison.Ordinal))
            metrics.CacheLookup(KnowledgeGraphMetrics.L1, hit);
        return hit;
    }

    public ICacheEntry CreateEntry(object key) => inner.CreateEntry(key);

    public void Remove(object key) => inner.Remove(key);

    public void Dispose() => inner.Dispose();
}
