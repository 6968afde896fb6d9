using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Caching.Redis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.PersistedDocuments;

/// <summary>
/// Documents registered by automatic persisted queries, by SHA-256: in memory up to
/// <see cref="PersistedDocumentsOptions.MaxMemoryBytes"/> (least recently used evicted first), and in Redis
/// (<c>{KeyPrefix}apq:{hash}</c>, expiring after <see cref="PersistedDocumentsOptions.SharedTtl"/>) when the cache runs
/// in Redis mode, so that a document registered on one instance is found on every other. A Redis failure only costs
/// the client one more round trip (it registers again); a document read back from Redis is checked against its hash.
/// </summary>
public sealed partial class AutomaticPersistedQueryStore : IDisposable
{
    private const int EntryOverheadBytes = 200;

    private readonly MemoryCache _local;
    private readonly RedisConnection _redis;
    private readonly bool _shared;
    private readonly string _keyPrefix;
    private readonly TimeSpan _sharedTtl;
    private readonly ILogger<AutomaticPersistedQueryStore> _logger;

    public AutomaticPersistedQueryStore(
        IOptions<PersistedDocumentsOptions> options, IOptions<CacheOptions> cache, RedisConnection redis, ILogger<AutomaticPersistedQueryStore> logger)
    {
        _local = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MaxMemoryBytes), CompactionPercentage = 0.25 });
        _redis = redis;
        _shared = cache.Value.Mode == CacheMode.Redis;
        _keyPrefix = cache.Value.KeyPrefix + "apq:";
        _sharedTtl = options.Value.SharedTtl;
        _logger = logger;
    }

    /// <summary>The registered document with this hash (lowercase hex), or null.</summary>
    public async ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (_local.TryGetValue(hash, out string? document))
            return document;
        if (!_shared || _redis.Database is not { } redis)
            return null;
        try
        {
            var value = await redis.StringGetSetExpiryAsync(_keyPrefix + hash, _sharedTtl).WaitAsync(cancellationToken);
            if (value.IsNullOrEmpty)
                return null;
            document = value.ToString();
            if (!DocumentHash.Matches(document, hash))
            {
                LogWrongSharedDocument(_logger, hash);
                return null;
            }
            KeepLocally(hash, document);
            return document;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            _redis.ReportFailure(e);
            return null;
        }
    }

    /// <summary>Keeps a document whose hash was checked.</summary>
    public async ValueTask RegisterAsync(string hash, string document, CancellationToken cancellationToken)
    {
        KeepLocally(hash, document);
        if (!_shared || _redis.Database is not { } redis)
            return;
        try
        {
            await redis.StringSetAsync(_keyPrefix + hash, document, _sharedTtl).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            _redis.ReportFailure(e);
        }
    }

    /// <summary>
    /// MemoryCache drops a new entry that does not fit and compacts in the background; compacting at once and adding it
    /// again keeps the document just registered (a client sends its hash alone next).
    /// </summary>
    private void KeepLocally(string hash, string document)
    {
        var entry = new MemoryCacheEntryOptions { Size = (document.Length * 2L) + EntryOverheadBytes };
        _local.Set(hash, document, entry);
        if (_local.TryGetValue(hash, out _))
            return;
        _local.Compact(0.25);
        _local.Set(hash, document, entry);
    }

    public void Dispose() => _local.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The persisted query {Hash} read from Redis is not the document of that hash; ignored.")]
    private static partial void LogWrongSharedDocument(ILogger logger, string hash);
}
