namespace KnowledgeGraph.Api.Observability;

/// <summary>Production operation settings, bound from <c>KnowledgeGraph:Operations</c>.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "KnowledgeGraph:Operations";

    /// <summary>How long a stopping instance lets in-flight requests finish before it closes anyway.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Where Prometheus scrapes the metrics.</summary>
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>
    /// When set, the SHA-256 hex of the key a scraper must send (<c>Authorization: Bearer &lt;key&gt;</c>, as Prometheus's
    /// <c>authorization: { credentials: … }</c> does, or <c>X-Api-Key</c>); make one with <c>kg hash-key</c>. When
    /// empty, <c>/metrics</c> is open (whatever <c>RequireAuthenticatedReads</c> says: metrics are not graph data).
    /// </summary>
    public string? MetricsKeyHash { get; set; }
}
