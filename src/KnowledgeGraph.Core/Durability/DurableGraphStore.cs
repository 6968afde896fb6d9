using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Core.Durability.Internal;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Writes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Core.Durability;

/// <summary>
/// The embedded store made durable: the graph lives in a SQLite file and, for reading, in an in-memory snapshot.
/// A write is validated, committed in one SQLite transaction, and only then made visible by swapping in a new
/// snapshot; readers always see one whole snapshot. Writes run one at a time.
/// </summary>
public sealed class DurableGraphStore : IGraphStore, IGraphWriter, IAsyncDisposable
{
    private readonly GraphSchema _schema;
    private readonly SqliteGraphFile _file;
    private readonly ILogger _logger;
    private readonly ChangeSetValidator _validator;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private StoreSnapshot _current;
    private bool _disposed;

    private DurableGraphStore(GraphSchema schema, SqliteGraphFile file, ILogger logger, Guid storeId, StoreSnapshot current)
    {
        _schema = schema;
        _file = file;
        _logger = logger;
        _validator = new ChangeSetValidator(schema);
        StoreId = storeId;
        _current = current;
    }

    /// <summary>Identifies this file's history: a reseeded (new) file gets a new one, so cache keys never collide.</summary>
    public Guid StoreId { get; }

    /// <summary>The current snapshot; its data version and data belong together.</summary>
    public StoreSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Increments by one with each committed write that changed something; 0 right after seeding.</summary>
    public long DataVersion => Current.DataVersion;

    /// <summary>The current graph (for analytics and exports).</summary>
    public GraphData Data => Current.Data;

    /// <summary>
    /// Opens (creating if needed) the graph file at <paramref name="path"/>. A file never seeded is seeded from
    /// <paramref name="seedSets"/> (validated by <see cref="Seed.SeedLoader"/>; none: an empty graph); a seeded
    /// file is read back and the seed sets are ignored. Throws <see cref="StoreException"/> with code
    /// <c>STORE_LOCKED</c> when another process holds the file.
    /// </summary>
    public static async Task<DurableGraphStore> OpenAsync(
        string path, IReadOnlyList<string> seedSets, GraphSchema schema, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(seedSets);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(logger);
        var file = await SqliteGraphFile.OpenAsync(path, cancellationToken);
        try
        {
            var (storeId, snapshot) = await new GraphFileInitializer(schema, logger).InitializeAsync(file, seedSets, cancellationToken);
            return new DurableGraphStore(schema, file, logger, storeId, snapshot);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken) => Current.Store.ReadAsync(plan, cancellationToken);

    public async Task<WriteResult> ApplyAsync(ChangeSet changeSet, WriteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        ArgumentNullException.ThrowIfNull(context);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var clock = Stopwatch.StartNew();
            var before = _current;
            var delta = _validator.Validate(changeSet, before.Lookup);
            if (delta.IsEmpty)
            {
                return delta.ToResult(before.DataVersion);
            }

            // Everything that can fail is done before the commit, so a committed write is always made visible.
            var next = before.With(before.DataVersion + 1, delta);
            var result = delta.ToResult(next.DataVersion);
            try
            {
                await using var transaction = await GraphFileTransaction.BeginAsync(_file.Connection, cancellationToken);
                await transaction.ApplyAsync(delta, cancellationToken);
                await transaction.SetMetaAsync(GraphFileTransaction.DataVersionKey,
                    next.DataVersion.ToString(CultureInfo.InvariantCulture), cancellationToken);
                await transaction.AppendAuditAsync(context, next.DataVersion, AuditSummary.Of(result, changeSet.Operations.Count), cancellationToken);
                await transaction.CommitAsync();
            }
            catch (SqliteException e)
            {
                // Rolled back: the previous snapshot stays, and so does the file.
                throw new StoreException("DATABASE_UNAVAILABLE", "The write could not be committed to the graph file.", e);
            }

            Volatile.Write(ref _current, next);
            DurableStoreLog.Committed(_logger, context.Who, next.DataVersion, changeSet.Operations.Count, clock.ElapsedMilliseconds);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Audit rows after <paramref name="afterSequence"/> (0: from the start), oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await AuditTrailReader.ReadAsync(_file.Connection, afterSequence, limit, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            if (!_disposed)
            {
                _disposed = true;
                await _file.DisposeAsync();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
