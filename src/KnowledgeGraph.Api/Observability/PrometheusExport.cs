using Prometheus;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// Sets up the export at <c>/metrics</c> once per process, when the app is built (before the first scrape, so no
/// measurement made before it is lost). prometheus-net's meter adapter listens to <see cref="KnowledgeGraphMeter"/>
/// only: left to its defaults it would start at the first scrape and convert every measurement of every meter in the
/// process (Kestrel, hosting, HTTP client…) on the request path, about a tenth of the CPU of a cached request
/// (issue 7). Event counters are polled, not per request, but left to their defaults they include Kestrel's and
/// ASP.NET Core's (named like the meters above, and there only once their event sources have published): the export
/// keeps the runtime's (GC, thread pool, exceptions) and prometheus-net's process metrics.
/// </summary>
public static class PrometheusExport
{
    private const string RuntimeEventSource = "System.Runtime";

    private static readonly Lazy<IDisposable[]> Adapters = new(Start);

    public static void EnsureStarted() => _ = Adapters.Value;

    /// <summary>Whether the meter adapter converts this meter's measurements.</summary>
    public static bool Exports(string meterName) => meterName == KnowledgeGraphMeter.Name;

    private static IDisposable[] Start()
    {
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressMeters = true, SuppressEventCounters = true });
        KnowledgeGraphMeter.EnsureCreated();
        return
        [
            MeterAdapter.StartListening(new MeterAdapterOptions
            {
                InstrumentFilterPredicate = instrument => Exports(instrument.Meter.Name),
            }),
            EventCounterAdapter.StartListening(new EventCounterAdapterOptions
            {
                EventSourceFilterPredicate = source => source == RuntimeEventSource,
            }),
        ];
    }
}
