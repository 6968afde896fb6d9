namespace KnowledgeGraph.Api.Observability;

/// <summary>Production operation settings, bound from <c>KnowledgeGraph:Operations</c>.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "KnowledgeGraph:Operations";

    /// <summary>How long a stopping instance lets in-flight requests finish before it closes anyway.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Where Prometheus scrapes the metrics.</summary>
    public string MetricsPath { get; set; } = "/metrics";
}
