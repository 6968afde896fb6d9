namespace KnowledgeGraph.Api.Caching;

/// <summary>The response cache of one deployment, bound from <c>KnowledgeGraph:Cache</c>.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "KnowledgeGraph:Cache";

    /// <summary>The environment variable read when <see cref="Redis"/> is not configured.</summary>
    public const string RedisEnvironmentVariable = "REDIS_CONNECTION";

    public CacheMode Mode { get; set; } = CacheMode.Memory;

    /// <summary>How long an answer stays in the in-process cache; zero turns L1 off (every hit comes from Redis).</summary>
    public TimeSpan L1Ttl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an answer stays in Redis.</summary>
    public TimeSpan L2Ttl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A StackExchange.Redis configuration string (e.g. <c>127.0.0.1:6379</c>); required in Redis mode.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every Redis key (data version and cached answers): deployments sharing a Redis differ here.</summary>
    public string KeyPrefix { get; set; } = "kg:";

    /// <summary>
    /// The bound of every Redis call the service makes (data version, cached answers, subscription): a Redis that does
    /// not answer within it counts as a failure.
    /// </summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How often each instance re-reads the shared data version in Redis mode, besides the pub/sub push. An instance
    /// serves cached answers only while its last check, sent less than this plus twice <see cref="RedisTimeout"/>
    /// ago (its lease), succeeded and its subscription is up.
    /// </summary>
    public TimeSpan DataVersionCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a successful data-version check lets the instance trust its cache.</summary>
    public TimeSpan DataVersionLease => DataVersionCheckInterval + RedisTimeout + RedisTimeout;

    /// <summary>The <c>max-age</c> of <c>Cache-Control</c> on successful GET query responses.</summary>
    public TimeSpan HttpMaxAge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Total bytes of answers the in-process cache (L1) may hold; the least used go first. HybridCache gives every L1
    /// entry its payload size, so this bounds the answers whatever clients ask.
    /// </summary>
    public long L1SizeLimitBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Answers larger than this are served but not cached.</summary>
    public int MaximumPayloadBytes { get; set; } = 4 * 1024 * 1024;
}
