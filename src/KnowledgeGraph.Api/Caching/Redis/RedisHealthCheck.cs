using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>Readiness of the shared cache: Degraded (still serving, from the store and L1) while Redis is unavailable.</summary>
public sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (connection.IsHealthy)
            return Task.FromResult(HealthCheckResult.Healthy("Redis connected: the shared cache and data version are in use."));
        var reason = connection.Fault ?? "Redis is not connected yet.";
        return Task.FromResult(HealthCheckResult.Degraded($"{reason} Answers come from the store and the in-process cache."));
    }
}
