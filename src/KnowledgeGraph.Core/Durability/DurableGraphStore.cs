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
/// snapshot (the previous one with the write applied in place, see Embedded/Changes); readers always see one whole
/// snapshot. Writes that arrive while a commit is running are committed together next (group commit): each is
/// still validated as a whole against the writes before it and answered only once the group's transaction is on disk;
/// the in-memory snapshot is patched once per group with the group's net effect (<see cref="GroupDelta"/>).
/// </summary>
public sealed class DurableGraphStore : IGraphStore, IGraphWriter, IAsyncDisposable
{
    private readonly GraphSchema _schema;
    private readonly SqliteGraphFile _file;
    private readonly ILogger _logger;
    private readonly ChangeSetValidator _validator;
    private const int MaxGroup = 256;

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly List<PendingWrite> _queue = [];
    private Thread? _committer;
    private long _commits;
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

    /// <summary>How many transactions writes committed since the store opened (fewer than writes when grouped).</summary>
    public long CommitCount => Interlocked.Read(ref _commits);

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
        cancellationToken.ThrowIfCancellationRequested();
        var write = new PendingWrite(changeSet, context, cancellationToken);
        lock (_queue)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _queue.Add(write);
            if (_committer is null)
            {
                // One committer thread of its own: SQLite commits block (fsync), so they stay off the thread pool.
                _committer = new Thread(CommitLoop) { IsBackground = true, Name = "graph file committer" };
                _committer.Start();
            }

            Monitor.Pulse(_queue);
        }

        return await write.Completion.Task;
    }

    /// <summary>Takes every write queued while the previous group was committing as the next group.</summary>
    private void CommitLoop()
    {
        while (true)
        {
            List<PendingWrite> group;
            lock (_queue)
            {
                while (_queue.Count == 0)
                {
                    if (_disposed)
                    {
                        return;
                    }

                    Monitor.Wait(_queue);
                }

                group = [.. _queue.Take(MaxGroup)];
                _queue.RemoveRange(0, group.Count);
            }

            _writeLock.Wait();
            try
            {
                CommitGroupAsync(group).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                group.ForEach(w => w.Completion.TrySetException(e));
            }
            finally
            {
                _writeLock.Release();
            }
        }
    }

    /// <summary>
    /// Validates each write against the state the writes before it in the group leave (as if they ran one by one),
    /// commits those that pass in one SQLite transaction (one fsync for the group), then makes the last state
    /// visible and answers every write. A write refused by validation is refused alone; if the commit fails, every
    /// write of the group fails and nothing of it is visible or in the file.
    /// </summary>
    private async Task CommitGroupAsync(List<PendingWrite> writes)
    {
        if (_disposed)
        {
            writes.ForEach(w => w.Completion.TrySetException(new ObjectDisposedException(nameof(DurableGraphStore))));
            return;
        }

        var clock = Stopwatch.StartNew();
        var before = _current;
        var group = new GroupDelta(before.Lookup);
        var version = before.DataVersion;
        var accepted = new List<(PendingWrite Write, GraphDelta Delta, WriteResult Result)>(writes.Count);
        foreach (var write in writes)
        {
            if (write.CancellationToken.IsCancellationRequested)
            {
                write.Completion.TrySetCanceled(write.CancellationToken);
                continue;
            }

            try
            {
                var delta = _validator.Validate(write.ChangeSet, group);
                if (!delta.IsEmpty)
                {
                    group.Push(delta);
                    version++;
                }

                accepted.Add((write, delta, delta.ToResult(version)));
            }
            catch (Exception e)
            {
                write.Completion.TrySetException(e);
            }
        }

        StoreSnapshot state;
        try
        {
            // Patched once with the group's net effect; the states between its writes are never visible.
            state = version == before.DataVersion ? before : before.With(version, group.ToDelta());
        }
        catch (Exception e)
        {
            accepted.ForEach(a => a.Write.Completion.TrySetException(e));
            return;
        }

        var changes = accepted.Where(a => !a.Delta.IsEmpty).ToList();
        if (changes.Count > 0)
        {
            try
            {
                await using var transaction = await GraphFileTransaction.BeginAsync(_file.Connection, CancellationToken.None);
                foreach (var (write, delta, result) in changes)
                {
                    await transaction.ApplyAsync(delta, CancellationToken.None);
                    await transaction.AppendAuditAsync(write.Context, result.DataVersion,
                        AuditSummary.Of(result, write.ChangeSet.Operations.Count), CancellationToken.None);
                }

                await transaction.SetMetaAsync(GraphFileTransaction.DataVersionKey,
                    state.DataVersion.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
                await transaction.CommitAsync();
            }
            catch (SqliteException e)
            {
                // Rolled back: the previous snapshot stays, and so does the file.
                var failure = new StoreException("DATABASE_UNAVAILABLE", "The write could not be committed to the graph file.", e);
                accepted.ForEach(a => a.Write.Completion.TrySetException(failure));
                return;
            }

            Volatile.Write(ref _current, state);
            Interlocked.Increment(ref _commits);
            foreach (var (write, _, result) in changes)
            {
                DurableStoreLog.Committed(_logger, write.Context.Who, result.DataVersion, write.ChangeSet.Operations.Count, clock.ElapsedMilliseconds);
            }
        }

        accepted.ForEach(a => a.Write.Completion.TrySetResult(a.Result));
    }

    /// <summary>A write waiting for the committer.</summary>
    private sealed record PendingWrite(ChangeSet ChangeSet, WriteContext Context, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<WriteResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
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
            bool first;
            lock (_queue)
            {
                first = !_disposed;
                _disposed = true;
                Monitor.PulseAll(_queue);
            }

            if (first)
            {
                await _file.DisposeAsync();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
