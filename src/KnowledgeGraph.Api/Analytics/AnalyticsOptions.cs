namespace KnowledgeGraph.Api.Analytics;

/// <summary>Settings of the analytics fields and exports, bound from <c>KnowledgeGraph:Analytics</c>.</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "KnowledgeGraph:Analytics";

    /// <summary>
    /// With the Neo4j store: how old a snapshot of the whole graph may get, when the data version
    /// (<see cref="Caching.IDataVersion"/>, bumped by writes through this service) has not moved, before a background
    /// read refreshes it; it keeps serving meanwhile. Writes made to Neo4j by other paths show after at most this long
    /// plus one read. Zero starts a refresh on every request.
    /// </summary>
    public TimeSpan SnapshotMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// With the Neo4j store: how long an analytics request waits for the snapshot read of the current data version
    /// (at start, after a write) before it answers 503 <c>ANALYTICS_WARMING</c> with <c>Retry-After</c>. The read goes
    /// on regardless. Keep it below <c>KnowledgeGraph:Limits:QueryTimeout</c> so that the cause is named.
    /// </summary>
    public TimeSpan WarmingWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>With the Neo4j store: read the snapshot in the background as soon as the service starts.</summary>
    public bool WarmOnStart { get; set; } = true;

    /// <summary>How many graph-wide results (networks, centrality scores, communities) are kept, all versions together.</summary>
    public int ResultCacheEntries { get; set; } = 128;
}
