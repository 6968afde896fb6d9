namespace KnowledgeGraph.Api.Caching;

/// <summary>Leaves the cache factory with an answer larger than <see cref="CacheOptions.MaximumPayloadBytes"/>: served, not cached.</summary>
internal sealed class UncacheableAnswerException(CachedAnswer answer) : Exception("The answer is too large to be cached.")
{
    public CachedAnswer Answer { get; } = answer;
}
