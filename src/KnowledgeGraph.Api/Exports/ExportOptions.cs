namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The cost of exports, bound from <c>KnowledgeGraph:Exports</c>. Every export counts as one request against the
/// client's rate limit (as a GraphQL request does); a heavy export — the whole graph, the co-participation network,
/// or any export with <c>measures=true</c> — also takes one of a few concurrency slots: per client and for the whole
/// instance. A heavy export that finds no free slot is refused at once with 429 <c>EXPORT_BUSY</c> and <c>Retry-After</c>.
/// </summary>
public sealed class ExportOptions
{
    public const string SectionName = "KnowledgeGraph:Exports";

    /// <summary>Heavy exports one client (API key, token subject, or IP address) may run at once; 0 means no limit.</summary>
    public int MaxConcurrentHeavyPerClient { get; set; } = 1;

    /// <summary>Heavy exports the instance runs at once, all clients together; 0 means no limit.</summary>
    public int MaxConcurrentHeavy { get; set; } = 4;

    /// <summary>The <c>Retry-After</c> of a refused heavy export, in seconds.</summary>
    public int BusyRetryAfterSeconds { get; set; } = 5;
}
