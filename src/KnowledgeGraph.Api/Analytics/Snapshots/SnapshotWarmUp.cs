using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Durability;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// With the Neo4j store, starts the first snapshot read when the service starts, in the background: readiness does
/// not wait for it (every other field answers at once; an analytics request meanwhile waits up to
/// <see cref="AnalyticsOptions.WarmingWait"/>, then gets <c>ANALYTICS_WARMING</c>).
/// </summary>
public sealed partial class SnapshotWarmUp(
    GraphStoreHolder holder,
    Neo4jSnapshotSource source,
    IOptions<AnalyticsOptions> options,
    ILogger<SnapshotWarmUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WarmOnStart || !holder.IsLoaded || holder.Data is not null || holder.Store is DurableGraphStore)
            return;
        try
        {
            await source.WarmAsync(cancellationToken);
            LogWarming(logger);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotWarmed(logger, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reading the analytics snapshot from Neo4j in the background.")]
    private static partial void LogWarming(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The analytics snapshot could not be read at start; the first analytics request reads it.")]
    private static partial void LogNotWarmed(ILogger logger, Exception exception);
}
