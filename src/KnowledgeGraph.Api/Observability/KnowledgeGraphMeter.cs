using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// The service's .NET meter: the instruments read at scrape time (the connection pools), exported by prometheus-net's
/// meter adapter with the meter name as prefix (<c>knowledgegraph_api_connection_pool_connections</c>). Per-request
/// figures are not recorded here but in <see cref="KnowledgeGraphMetrics"/>.
/// </summary>
public static class KnowledgeGraphMeter
{
    public const string Name = "KnowledgeGraph.Api";

    // One meter for the process: Prometheus scrapes a process, and a meter per host (IMeterFactory) leaves the
    // exporter with the instruments of disposed hosts when several hosts share a process (tests).
    private static readonly Meter Meter = new(Name);

    private static readonly ObservableGauge<int> ConnectionPools = Meter.CreateObservableGauge("connection_pool_connections",
        ConnectionPoolGauges.ObserveAll,
        description: "Connections of each registered pool (e.g. the Bolt pool) by state: in_use, idle, max.");

    /// <summary>Creates the instruments (once per process).</summary>
    public static void EnsureCreated() => _ = ConnectionPools;
}
