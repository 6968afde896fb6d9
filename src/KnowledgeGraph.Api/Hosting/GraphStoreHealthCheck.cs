using KnowledgeGraph.Neo4j.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Ready once the store is loaded and, for the Neo4j store, while Neo4j answers.</summary>
public sealed class GraphStoreHealthCheck(GraphStoreHolder holder, IOptions<KnowledgeGraphOptions> options, Neo4jHealthCheck neo4j) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!holder.IsLoaded)
            return Task.FromResult(HealthCheckResult.Unhealthy("The graph store is not loaded."));
        return options.Value.UsesNeo4j
            ? neo4j.CheckHealthAsync(context, cancellationToken)
            : Task.FromResult(HealthCheckResult.Healthy($"{holder.NodeCount} nodes, {holder.RelationshipCount} relationships."));
    }
}
