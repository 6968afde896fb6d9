using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Ready once the store is loaded.</summary>
public sealed class GraphStoreHealthCheck(GraphStoreHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(holder.IsLoaded
            ? HealthCheckResult.Healthy($"{holder.NodeCount} nodes, {holder.RelationshipCount} relationships.")
            : HealthCheckResult.Unhealthy("The graph store is not loaded."));
}
