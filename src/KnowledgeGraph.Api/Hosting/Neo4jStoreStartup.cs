using KnowledgeGraph.Api.Audit;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Neo4j.Health;
using KnowledgeGraph.Neo4j.Seeding;
using KnowledgeGraph.Neo4j.Writes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Makes the Neo4j store the service's store. Neo4j being away at start is not fatal: queries answer
/// DATABASE_UNAVAILABLE and readiness is unhealthy until it answers. With <see cref="KnowledgeGraphOptions.SeedOnStart"/>
/// the seed is validated first (invalid data stops start-up), then loaded, waiting a while for Neo4j to come up.
/// </summary>
public sealed partial class Neo4jStoreStartup(
    Neo4jGraphStore store,
    Neo4jSeeder seeder,
    Neo4jHealthCheck health,
    IOptions<Neo4jStoreOptions> neo4jOptions,
    GraphStoreHolder holder,
    BoltDriver driver,
    GraphSchema schema,
    ILoggerFactory loggers,
    ILogger<Neo4jStoreStartup> logger)
{
    public static readonly TimeSpan SeedWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public async Task StartAsync(Func<CancellationToken, Task<GraphData>>? loadSeed, CancellationToken cancellationToken)
    {
        var uri = neo4jOptions.Value.Uri;
        if (loadSeed is null)
        {
            var probe = await health.CheckHealthAsync(new HealthCheckContext(), cancellationToken);
            LogProbe(logger, uri, probe.Description ?? probe.Status.ToString());
            holder.Set(store, 0, 0);
            MakeWritable();
            return;
        }

        var data = await loadSeed(cancellationToken);
        var counts = await SeedWithRetriesAsync(data, uri, cancellationToken);
        holder.Set(store, counts.Nodes, counts.Relationships);
        MakeWritable();
    }

    /// <summary>Each mutation is one explicit Bolt transaction; the audit trail is (:AuditEntry) nodes.</summary>
    private void MakeWritable()
    {
        var database = neo4jOptions.Value.Database;
        holder.SetWriter(new Neo4jGraphWriter(driver, database, schema, loggers.CreateLogger<Neo4jGraphWriter>()), new Neo4jAuditTrail(driver, database));
    }

    private async Task<SeedCounts> SeedWithRetriesAsync(GraphData data, string uri, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + SeedWait;
        var progress = new Progress<SeedProgress>(p => LogProgress(logger, p.Step, p.Written, p.Total));
        while (true)
        {
            try
            {
                var counts = await seeder.SeedAsync(data, progress, cancellationToken);
                LogSeeded(logger, uri, counts.Nodes, counts.Relationships);
                return counts;
            }
            catch (StoreException e) when (e.Code == "DATABASE_UNAVAILABLE" && DateTime.UtcNow < deadline)
            {
                LogWaiting(logger, uri, e.Message);
                await Task.Delay(RetryDelay, cancellationToken);
            }
            catch (StoreException e)
            {
                throw new StartupException($"Seeding Neo4j at {uri} failed ({e.Code}): {e.Message}");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j store at {Uri}: {Status}")]
    private static partial void LogProbe(ILogger logger, string uri, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding Neo4j: {Step} {Written}/{Total}")]
    private static partial void LogProgress(ILogger logger, string step, int written, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded Neo4j at {Uri}: {Nodes} nodes, {Relationships} relationships.")]
    private static partial void LogSeeded(ILogger logger, string uri, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for Neo4j at {Uri} to seed it: {Reason}")]
    private static partial void LogWaiting(ILogger logger, string uri, string reason);
}
