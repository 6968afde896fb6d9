using System.Diagnostics;
using KnowledgeGraph.Api.Audit;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Loads the seed and builds the store; on invalid seed data logs every problem and reports failure.</summary>
public sealed partial class GraphStoreStartup(
    IOptions<KnowledgeGraphOptions> options,
    IWebHostEnvironment environment,
    GraphSchema schema,
    GraphStoreHolder holder,
    IServiceProvider services,
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
        if (settings.UsesNeo4j)
        {
            var neo4j = services.GetRequiredService<Neo4jStoreStartup>();
            await neo4j.StartAsync(settings.SeedOnStart ? token => LoadSeedAsync(settings, token) : null, cancellationToken);
            return;
        }
        if (!string.Equals(settings.Store, KnowledgeGraphOptions.EmbeddedStore, StringComparison.OrdinalIgnoreCase))
            throw new StartupException(
                $"Store '{settings.Store}' is not supported; use '{KnowledgeGraphOptions.EmbeddedStore}' or '{KnowledgeGraphOptions.Neo4jStore}'.");
        if (settings.Durable)
        {
            await OpenDurableAsync(settings, cancellationToken);
            return;
        }
        var data = await LoadSeedAsync(settings, cancellationToken);
        holder.Set(new EmbeddedGraphStore(schema, data), data.Nodes.Count, data.Relationships.Count, data);
    }

    /// <summary>Opens the SQLite file, seeding it from graph-seed when it was never seeded; a locked file stops start-up.</summary>
    private async Task OpenDurableAsync(KnowledgeGraphOptions settings, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(settings.DataFile, environment.ContentRootPath);
        var seedRoot = SeedDirectoryLocator.Locate(settings.SeedDirectory, environment.ContentRootPath);
        try
        {
            var store = await DurableGraphStore.OpenAsync(path, ExistingSets(seedRoot), schema, logger, cancellationToken);
            holder.Set(store, store.Data.Nodes.Count, store.Data.Relationships.Count);
            holder.SetWriter(store, new DurableAuditTrail(store));
            LogOpened(logger, path, store.DataVersion, store.Data.Nodes.Count, store.Data.Relationships.Count);
        }
        catch (StoreException e) when (e.Code == "STORE_LOCKED")
        {
            throw new StartupException($"STORE_LOCKED: {e.Message} Give each process its own KnowledgeGraph:DataFile.");
        }
        catch (StoreException e) when (e.Code is "STORE_FILE_READONLY" or "STORE_FILE_UNAVAILABLE")
        {
            throw new StartupException($"{e.Code}: {e.Message} The durable store writes to its file and, beside it, to a " +
                                       "write-ahead log: make both writable, or set KnowledgeGraph:DataFile to a writable place.");
        }
    }

    private async Task<GraphData> LoadSeedAsync(KnowledgeGraphOptions settings, CancellationToken cancellationToken)
    {
        var seedRoot = SeedDirectoryLocator.Locate(settings.SeedDirectory, environment.ContentRootPath);
        var clock = Stopwatch.StartNew();
        var data = await new SeedLoader(schema).LoadAsync(ExistingSets(seedRoot), cancellationToken);
        LogLoaded(logger, seedRoot, clock.ElapsedMilliseconds, data.Nodes.Count, data.Relationships.Count);
        return data;
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
        Message = "Opened the graph file {Path} at data version {DataVersion}: {Nodes} nodes, {Relationships} relationships.")]
    private static partial void LogOpened(ILogger logger, string path, long dataVersion, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded the graph seed {SeedRoot} in {ElapsedMs} ms: {Nodes} nodes, {Relationships} relationships.")]
    private static partial void LogLoaded(ILogger logger, string seedRoot, long elapsedMs, int nodes, int relationships);
}
