namespace KnowledgeGraph.Api.Subscriptions;

/// <summary>Live updates (GraphQL subscriptions over SSE and WebSocket), bound from <c>KnowledgeGraph:Subscriptions</c>.</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "KnowledgeGraph:Subscriptions";

    /// <summary>Serve subscriptions (and SSE/WebSocket requests) at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Open SSE streams plus WebSockets per client (its identity, else its IP address); 0 means no limit.</summary>
    public int MaxConnectionsPerClient { get; set; } = 16;

    /// <summary>Open SSE streams plus WebSockets on this instance; 0 means no limit.</summary>
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>Operations running at once on one WebSocket.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 32;

    /// <summary>How long a WebSocket may wait before its <c>connection_init</c> (then closed with 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an idle stream is kept alive: an SSE comment, a WebSocket ping frame.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A WebSocket that runs no operation and sends nothing for this long is closed (1000); zero never.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest WebSocket message a client may send.</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>Results waiting to be sent on one connection; beyond, the oldest are dropped (a slow reader misses changes, never the last one).</summary>
    public int SendQueueLimit { get; set; } = 256;

    /// <summary>The Redis pub/sub channel carrying changes between instances (Redis cache mode), after the cache's key prefix.</summary>
    public string RedisChannel { get; set; } = "subscriptions:graph-changed";
}
