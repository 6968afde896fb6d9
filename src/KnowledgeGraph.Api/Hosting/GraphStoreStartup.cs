using System.Diagnostics;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Seed;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Loads the seed and builds the store; on invalid seed data logs every problem and reports failure.</summary>
public sealed partial class GraphStoreStartup(
    IOptions<KnowledgeGraphOptions> options,
    IWebHostEnvironment environment,
    GraphSchema schema,
    GraphStoreHolder holder,
    ILogger<GraphStoreStartup> logger)
{
    /// <returns>False when the service must not start (the reasons are logged).</returns>
    public async Task<bool> TryLoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(cancellationToken);
            return true;
        }
        catch (SeedValidationException invalid)
        {
            foreach (var error in invalid.Errors)
                LogSeedError(logger, error.ToString());
            LogStopped(logger, $"the seed data is invalid ({invalid.Errors.Count} problem(s), listed above)");
            return false;
        }
        catch (StartupException startup)
        {
            LogStopped(logger, startup.Message.TrimEnd('.'));
            return false;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.Equals(settings.Store, KnowledgeGraphOptions.EmbeddedStore, StringComparison.OrdinalIgnoreCase))
            throw new StartupException($"Store '{settings.Store}' is not supported; use '{KnowledgeGraphOptions.EmbeddedStore}'.");
        var seedRoot = SeedDirectoryLocator.Locate(settings.SeedDirectory, environment.ContentRootPath);
        var clock = Stopwatch.StartNew();
        var data = await new SeedLoader(schema).LoadAsync(ExistingSets(seedRoot), cancellationToken);
        var store = new EmbeddedGraphStore(schema, data);
        holder.Set(store, data.Nodes.Count, data.Relationships.Count);
        LogLoaded(logger, seedRoot, clock.ElapsedMilliseconds, data.Nodes.Count, data.Relationships.Count);
    }

    /// <summary>The default sets that exist: a set not generated yet (synthetic) is skipped with a warning.</summary>
    private List<string> ExistingSets(string seedRoot)
    {
        var sets = SeedLoader.DefaultSets(seedRoot);
        foreach (var missing in sets.Where(set => !Directory.Exists(set)))
            LogMissingSet(logger, missing);
        var existing = sets.Where(Directory.Exists).ToList();
        return existing.Count > 0
            ? existing
            : throw new StartupException($"The seed directory '{seedRoot}' holds no seed set ({string.Join(", ", sets.Select(Path.GetFileName))}).");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed set {SetDirectory} does not exist; loading without it.")]
    private static partial void LogMissingSet(ILogger logger, string setDirectory);

    [LoggerMessage(Level = LogLevel.Error, Message = "{SeedError}")]
    private static partial void LogSeedError(ILogger logger, string seedError);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up stopped: {Reason}.")]
    private static partial void LogStopped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded the graph seed {SeedRoot} in {ElapsedMs} ms: {Nodes} nodes, {Relationships} relationships.")]
    private static partial void LogLoaded(ILogger logger, string seedRoot, long elapsedMs, int nodes, int relationships);
}
