using Prometheus;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// Sets up the export at <c>/metrics</c> once per process, when the app is built (before the first scrape, so no
/// measurement made before it is lost). prometheus-net's meter adapter listens to <see cref="KnowledgeGraphMeter"/>
/// only: left to its defaults it would start at the first scrape and convert every measurement of every meter in the
/// process (Kestrel, hosting, HTTP client…) on the request path, about a tenth of the CPU of a cached request
/// (issue 7). Its other default metrics (process, event counters) stay as they were.
/// </summary>
public static class PrometheusExport
{
    private static readonly Lazy<IDisposable> Adapter = new(Start);

    public static void EnsureStarted() => _ = Adapter.Value;

    /// <summary>Whether the meter adapter converts this meter's measurements.</summary>
    public static bool Exports(string meterName) => meterName == KnowledgeGraphMeter.Name;

    private static IDisposable Start()
    {
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressMeters = true });
        KnowledgeGraphMeter.EnsureCreated();
        return MeterAdapter.StartListening(new MeterAdapterOptions
        {
            InstrumentFilterPredicate = instrument => Exports(instrument.Meter.Name),
        });
    }
}
