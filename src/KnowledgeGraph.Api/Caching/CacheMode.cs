namespace KnowledgeGraph.Api.Caching;

/// <summary>Where answers to read operations are kept.</summary>
public enum CacheMode
{
    /// <summary>Never cached: every request runs on the store.</summary>
    Off,

    /// <summary>In-process only (HybridCache L1); writes are seen by this instance only.</summary>
    Memory,

    /// <summary>In-process L1 over a shared Redis L2, with the data version shared through Redis.</summary>
    Redis,
}
