using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j.Health;

/// <summary>
/// Ready when Neo4j answers a trivial statement now (a real round trip, not a pooled connection's last state);
/// the description names the server and where it is, never the password.
/// </summary>
public sealed class Neo4jHealthCheck(ICypherRunner runner, IOptions<Neo4jStoreOptions> options) : IHealthCheck
{
    private static readonly CypherStatement Probe = new("RETURN 1 AS ok", new Dictionary<string, object?>());

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var uri = options.Value.Uri;
        try
        {
            await runner.RunAsync(Probe, cancellationToken).ConfigureAwait(false);
            var server = await runner.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(
                $"Neo4j {server.Agent} at {uri} answers.",
                new Dictionary<string, object> { ["database"] = "neo4j", ["server"] = server.Agent, ["uri"] = uri });
        }
        catch (StoreException e)
        {
            return HealthCheckResult.Unhealthy(
                $"Neo4j at {uri} does not answer ({e.Code}).",
                data: new Dictionary<string, object> { ["database"] = "neo4j", ["uri"] = uri, ["code"] = e.Code });
        }
    }
}
