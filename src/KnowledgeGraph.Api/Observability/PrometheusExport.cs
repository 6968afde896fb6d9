using Prometheus;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// Starts prometheus-net's .NET Meters adapter when the app is built rather than at the first scrape, so that no
/// measurement made before the first scrape is lost. Default options: prometheus-net treats a second start with
/// default options as the same adapter, so nothing is counted twice.
/// </summary>
public static class PrometheusExport
{
    private static readonly Lazy<IDisposable> Adapter = new(() => MeterAdapter.StartListening());

    public static void EnsureStarted(IServiceProvider services)
    {
        _ = Adapter.Value;
        services.GetRequiredService<KnowledgeGraphMetrics>();
    }
}
