using KnowledgeGraph.Core.Store;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Prometheus;

namespace KnowledgeGraph.Api.Observability;

public static class ObservabilityServiceExtensions
{
    /// <summary>
    /// Registers metrics, request telemetry, the seed readiness check and the shutdown timeout, and times the store.
    /// Call after <see cref="IGraphStore"/> is registered: the last registration is wrapped in <see cref="TimedGraphStore"/>.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphObservability(this IServiceCollection services, string readyTag)
    {
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.SectionName);
        services.AddOptions<HostOptions>().Configure<IOptions<OperationsOptions>>((host, operations) =>
            host.ShutdownTimeout = operations.Value.ShutdownTimeout);
        services.AddSingleton<ConnectionPoolGauges>();
        services.AddSingleton<KnowledgeGraphMetrics>();
        services.AddSingleton<OperationLabels>();
        services.AddSingleton<GraphQLRequestTelemetry>();
        services.AddHealthChecks().AddCheck<SeedHealthCheck>("seed", tags: [readyTag]);
        DecorateStore(services);
        return services;
    }

    /// <summary>Maps <c>/metrics</c> (Prometheus text format) and gives the readiness report as JSON.</summary>
    public static WebApplication MapKnowledgeGraphOperations(this WebApplication app)
    {
        var operations = app.Services.GetRequiredService<IOptions<OperationsOptions>>().Value;
        PrometheusExport.EnsureStarted();
        app.MapMetrics(operations.MetricsPath).RequireMetricsKey(operations.MetricsKeyHash);
        return app;
    }

    public static HealthCheckOptions WithJsonReport(this HealthCheckOptions options)
    {
        options.ResponseWriter = HealthReportJsonWriter.WriteAsync;
        return options;
    }

    private static void DecorateStore(IServiceCollection services)
    {
        var registered = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IGraphStore) && !descriptor.IsKeyedService);
        if (registered is null)
            return;
        services.Remove(registered);
        services.AddSingleton<IGraphStore>(provider =>
            new TimedGraphStore(Create(registered, provider), provider.GetRequiredService<KnowledgeGraphMetrics>()));
    }

    private static IGraphStore Create(ServiceDescriptor descriptor, IServiceProvider provider) => descriptor switch
    {
        { ImplementationInstance: IGraphStore instance } => instance,
        { ImplementationFactory: { } factory } => (IGraphStore)factory(provider),
        { ImplementationType: { } type } => (IGraphStore)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The IGraphStore registration cannot be decorated."),
    };
}
