using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// The service's instruments (System.Diagnostics.Metrics), exported in Prometheus format at <c>/metrics</c> with the
/// meter name as prefix (<c>knowledgegraph_api_graphql_requests</c>, ...): requests and latency per GraphQL operation,
/// cache lookups per level, store query time, connection pools.
/// </summary>
public sealed class KnowledgeGraphMetrics
{
    public const string MeterName = "KnowledgeGraph.Api";
    public const string L1 = "l1";
    public const string L2 = "l2";

    private static readonly double[] LatencyBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    // One meter for the process: Prometheus scrapes a process, and a meter per host (IMeterFactory) leaves the
    // exporter with the instruments of disposed hosts when several hosts share a process (tests).
    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("graphql_requests",
        description: "GraphQL requests by operation name, cache outcome (hit, miss, bypass) and result (ok, error).");

    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>("graphql_request_duration_seconds",
        unit: "s", description: "Time to answer a GraphQL request, by operation name.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    private static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>("cache_lookups",
        description: "Response cache lookups by level (l1 in-process, l2 Redis) and result (hit, miss).");

    private static readonly Histogram<double> StoreDuration = Meter.CreateHistogram<double>("store_query_duration_seconds",
        unit: "s", description: "Time of one store read (one query plan), by store.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    static KnowledgeGraphMetrics() =>
        Meter.CreateObservableGauge("connection_pool_connections", ConnectionPoolGauges.ObserveAll,
            description: "Connections of each registered pool (e.g. the Bolt pool) by state: in_use, idle, max.");

    public void Request(string operation, string cache, bool ok, TimeSpan elapsed)
    {
        var operationTag = new KeyValuePair<string, object?>("operation", operation);
        Requests.Add(1, operationTag, new("cache", cache), new("result", ok ? "ok" : "error"));
        RequestDuration.Record(elapsed.TotalSeconds, operationTag);
    }

    public void CacheLookup(string level, bool hit) =>
        CacheLookups.Add(1, new KeyValuePair<string, object?>("level", level), new("result", hit ? "hit" : "miss"));

    public void StoreQuery(string store, bool ok, TimeSpan elapsed) =>
        StoreDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("store", store), new("result", ok ? "ok" : "error"));
}
