namespace KnowledgeGraph.Api.Analytics;

/// <summary>Settings of the analytics fields and exports, bound from <c>KnowledgeGraph:Analytics</c>.</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "KnowledgeGraph:Analytics";

    /// <summary>
    /// With the Neo4j store: how long a fetched snapshot of the whole graph is used before it is fetched again, even
    /// when the data version (<see cref="Caching.IDataVersion"/>, bumped by writes through this service) has not
    /// moved; writes made to Neo4j by other paths show after at most this long. Zero refetches on every request.
    /// </summary>
    public TimeSpan SnapshotMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many graph-wide results (networks, centrality scores, communities) are kept, all versions together.</summary>
    public int ResultCacheEntries { get; set; } = 128;
}
