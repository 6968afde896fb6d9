using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>
/// Readiness of the shared cache: Degraded (still serving, from the store) while Redis is unavailable or the data
/// version is not synchronised with it.
/// </summary>
public sealed class RedisHealthCheck(RedisConnection connection, IDataVersion dataVersion) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (connection.IsHealthy && dataVersion.IsTrusted)
            return Task.FromResult(HealthCheckResult.Healthy("Redis connected: the shared cache and data version are in use."));
        var reason = connection.Fault
            ?? (connection.IsAvailable ? "The data version is not synchronised with Redis yet." : "Redis is not connected yet.");
        return Task.FromResult(HealthCheckResult.Degraded($"{reason} Answers come from the store, without the cache."));
    }
}
