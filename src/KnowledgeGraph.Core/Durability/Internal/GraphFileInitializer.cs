using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Writes;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Gets the graph at start: an unseeded file is seeded from the seed sets in one transaction (so a crash while
/// seeding leaves it unseeded and the next start seeds again); a seeded file is read back, the CSVs untouched.
/// Either way it returns the first snapshot, in-memory store built.
/// </summary>
internal sealed class GraphFileInitializer(GraphSchema schema, ILogger logger)
{
    public const string SeededAtKey = "seeded_at";
    public const string StoreIdKey = "store_id";

    public async Task<(Guid StoreId, StoreSnapshot Snapshot)> InitializeAsync(
        SqliteGraphFile file, IReadOnlyList<string> seedSets, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var unkeyed = await RelationshipKeyMigration.IsNeededAsync(file.Connection, cancellationToken);
        if (await file.ReadMetaAsync(SeededAtKey, cancellationToken) is null)
        {
            if (unkeyed)
            {
                await RelationshipKeyMigration.RunAsync(file.Connection, [], cancellationToken);
            }

            var seeded = await SeedAsync(file, seedSets, clock, cancellationToken);
            DurableStoreLog.Seeded(logger, file.Path, seeded.Snapshot.Data.Nodes.Count, seeded.Snapshot.Data.Relationships.Count,
                clock.ElapsedMilliseconds);
            return seeded;
        }

        var version = long.Parse(await file.ReadMetaAsync(GraphFileTransaction.DataVersionKey, cancellationToken) ?? "0", CultureInfo.InvariantCulture);
        var storeId = Guid.Parse(await file.ReadMetaAsync(StoreIdKey, cancellationToken) ?? Guid.Empty.ToString());
        var (data, dropped) = await new GraphFileReader(schema).ReadAsync(file.Connection, cancellationToken);
        if (dropped.Count > 0)
        {
            DurableStoreLog.DroppedProperties(logger, string.Join(", ", dropped));
        }

        if (unkeyed)
        {
            await RelationshipKeyMigration.RunAsync(file.Connection, data.Relationships, cancellationToken);
            DurableStoreLog.KeyedRelationships(logger, file.Path);
        }

        var read = clock.ElapsedMilliseconds;
        var snapshot = new StoreSnapshot(schema, version, data);
        DurableStoreLog.Loaded(logger, file.Path, data.Nodes.Count, data.Relationships.Count, version, clock.ElapsedMilliseconds);
        DurableStoreLog.LoadPhases(logger, read, clock.ElapsedMilliseconds - read);
        return (storeId, snapshot);
    }

    /// <summary>
    /// Loads the seed sets, then writes them to the file while the in-memory store is built from them on another
    /// thread: nothing is served before both are done, and a failed write fails the start.
    /// </summary>
    private async Task<(Guid StoreId, StoreSnapshot Snapshot)> SeedAsync(
        SqliteGraphFile file, IReadOnlyList<string> seedSets, Stopwatch clock, CancellationToken cancellationToken)
    {
        var data = seedSets.Count == 0 ? GraphData.Empty : await new SeedLoader(schema).LoadAsync(seedSets, cancellationToken);
        var loaded = clock.ElapsedMilliseconds;
        var indexClock = new Stopwatch();
        var building = Task.Run(() =>
        {
            indexClock.Start();
            var snapshot = new StoreSnapshot(schema, 0, data);
            indexClock.Stop();
            return snapshot;
        }, CancellationToken.None);
        try
        {
            var storeId = Guid.NewGuid();
            var now = DateTimeOffset.UtcNow;
            await using (var transaction = await GraphFileTransaction.BeginAsync(file.Connection, cancellationToken))
            {
                await transaction.InsertAsync(data.Nodes, data.Relationships, cancellationToken);
                await transaction.EnsureRelationshipKeyAsync(cancellationToken);
                await transaction.SetMetaAsync(GraphFileTransaction.DataVersionKey, "0", cancellationToken);
                await transaction.SetMetaAsync(StoreIdKey, storeId.ToString(), cancellationToken);
                await transaction.SetMetaAsync(SeededAtKey, now.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
                await transaction.AppendAuditAsync(new WriteContext("seed", now), 0,
                    AuditSummary.OfSeed(seedSets, data.Nodes.Count, data.Relationships.Count), cancellationToken);
                await transaction.CommitAsync();
            }

            var written = clock.ElapsedMilliseconds - loaded;
            var snapshot = await building;
            DurableStoreLog.SeedPhases(logger, loaded, written, indexClock.ElapsedMilliseconds);
            return (storeId, snapshot);
        }
        catch
        {
            await building.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
    }
}
