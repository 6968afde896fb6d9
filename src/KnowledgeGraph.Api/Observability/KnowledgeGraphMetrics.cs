using System.Collections.Concurrent;
using Prometheus;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// The service's per-request metrics, recorded with prometheus-net's own API and exported at <c>/metrics</c>:
/// requests and latency per GraphQL operation, cache lookups per level, store query time. The label children are
/// resolved once and kept (their label values are bounded: operation names are capped by <see cref="OperationLabels"/>),
/// so recording costs an atomic add, not a label lookup. The connection pool gauge is a .NET meter instrument of
/// <see cref="KnowledgeGraphMeter"/>, exported by <see cref="PrometheusExport"/>.
/// </summary>
public sealed class KnowledgeGraphMetrics
{
    public const string Prefix = "knowledgegraph_api_";
    public const string L1 = "l1";
    public const string L2 = "l2";

    // First of the static fields (they initialise in order): the export's set-up (which meters the adapter listens to)
    // must run before the first metric touches prometheus-net's default registry, whichever code path gets here first.
    private static readonly bool ExportStarted = StartExport();

    private static readonly double[] LatencyBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    // Process-wide, like the default registry they live in: several hosts in one process (tests) share them.
    private static readonly Counter Requests = Metrics.CreateCounter(Prefix + "graphql_requests",
        "GraphQL requests by operation name, cache outcome (hit, miss, bypass) and result (ok, error).",
        "cache", "operation", "result");

    private static readonly Histogram RequestDuration = Metrics.CreateHistogram(Prefix + "graphql_request_duration_seconds",
        "(s) Time to answer a GraphQL request, by operation name.",
        ["operation"], new HistogramConfiguration { Buckets = LatencyBuckets });

    private static readonly Counter CacheLookups = Metrics.CreateCounter(Prefix + "cache_lookups",
        "Response cache lookups by level (l1 in-process, l2 Redis) and result (hit, miss).", "level", "result");

    private static readonly Histogram StoreDuration = Metrics.CreateHistogram(Prefix + "store_query_duration_seconds",
        "(s) Time of one store read (one query plan), by store.",
        ["result", "store"], new HistogramConfiguration { Buckets = LatencyBuckets });

    private static readonly ConcurrentDictionary<string, OperationSeries> Operations = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Store, bool Ok), Histogram.Child> Stores = new();

    private static readonly Counter.Child?[] Lookups = new Counter.Child?[4];

    /// <param name="operation">A label from <see cref="OperationLabels"/> (bounded).</param>
    /// <param name="cache">One of <see cref="GraphQLRequestTelemetry.Hit"/>, <c>Miss</c>, <c>Bypass</c>.</param>
    public void Request(string operation, string cache, bool ok, TimeSpan elapsed)
    {
        var series = Operations.GetOrAdd(operation, static name => new OperationSeries(name));
        series.Count(cache, ok).Inc();
        series.Duration.Observe(elapsed.TotalSeconds);
    }

    public void CacheLookup(string level, bool hit)
    {
        var index = (level == L1 ? 0 : 2) + (hit ? 1 : 0);
        (Lookups[index] ??= CacheLookups.WithLabels(level, hit ? "hit" : "miss")).Inc();
    }

    public void StoreQuery(string store, bool ok, TimeSpan elapsed) =>
        Stores.GetOrAdd((store, ok), static key => StoreDuration.WithLabels(key.Ok ? "ok" : "error", key.Store))
            .Observe(elapsed.TotalSeconds);

    /// <summary>The children of one operation label, each created (and so exported) at its first use.</summary>
    private sealed class OperationSeries(string operation)
    {
        private static readonly string[] Outcomes = [GraphQLRequestTelemetry.Hit, GraphQLRequestTelemetry.Miss, GraphQLRequestTelemetry.Bypass];

        private readonly Counter.Child?[] counts = new Counter.Child?[2 * Outcomes.Length];

        public Histogram.Child Duration { get; } = RequestDuration.WithLabels(operation);

        public Counter.Child Count(string cache, bool ok)
        {
            var index = Array.IndexOf(Outcomes, cache);
            if (index < 0)
                return Requests.WithLabels(cache, operation, ok ? "ok" : "error");
            // A race creates the same child twice: prometheus-net returns one child per label values.
            return counts[2 * index + (ok ? 0 : 1)] ??= Requests.WithLabels(cache, operation, ok ? "ok" : "error");
        }
    }

    private static bool StartExport()
    {
        PrometheusExport.EnsureStarted();
        return true;
    }
}
