using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Seed;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// The seed state of the embedded store: which default sets were there to load and what was loaded. Degraded when a
/// set is missing (e.g. the synthetic set not generated), Unhealthy before the store is loaded.
/// </summary>
public sealed class SeedHealthCheck(GraphStoreHolder holder, IOptions<KnowledgeGraphOptions> options, IWebHostEnvironment environment)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!holder.IsLoaded)
            return Task.FromResult(HealthCheckResult.Unhealthy("The seed is not loaded yet."));
        if (!string.Equals(options.Value.Store, KnowledgeGraphOptions.EmbeddedStore, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(HealthCheckResult.Healthy($"The '{options.Value.Store}' store holds the data; no seed is loaded in process."));
        string seedRoot;
        try
        {
            seedRoot = SeedDirectoryLocator.Locate(options.Value.SeedDirectory, environment.ContentRootPath);
        }
        catch (StartupException e)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"Seed loaded, but its directory is gone: {e.Message}"));
        }
        var sets = SeedLoader.DefaultSets(seedRoot);
        var present = sets.Where(Directory.Exists).Select(Path.GetFileName).ToList();
        var missing = sets.Where(set => !Directory.Exists(set)).Select(Path.GetFileName).ToList();
        var data = new Dictionary<string, object>
        {
            ["seedRoot"] = seedRoot,
            ["sets"] = present,
            ["missingSets"] = missing,
            ["nodes"] = holder.NodeCount,
            ["relationships"] = holder.RelationshipCount,
        };
        var loaded = $"Seed sets [{string.Join(", ", present)}] loaded: {holder.NodeCount} nodes, {holder.RelationshipCount} relationships.";
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy(loaded, data)
            : HealthCheckResult.Degraded($"{loaded} Missing sets: {string.Join(", ", missing)}.", data: data));
    }
}
