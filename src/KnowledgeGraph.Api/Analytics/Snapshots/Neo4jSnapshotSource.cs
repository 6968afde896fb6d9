using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// The snapshot of the Neo4j store, read by <see cref="Neo4jGraphFetch"/>. At most ONE read runs at a time and it is
/// shared: it runs with the service's lifetime token, so no caller's timeout or disconnect cancels it; callers wait for
/// it with their own token, for at most <see cref="AnalyticsOptions.WarmingWait"/>, then get
/// <see cref="AnalyticsWarmingException"/> (<c>ANALYTICS_WARMING</c>, with the expected wait) while the read goes on.
/// <list type="bullet">
/// <item>The data version (<see cref="IDataVersion"/>, bumped by every write through the service) moved: the next
/// request starts a read and waits for it (a client reads its own writes; no stale answer is served or cached).</item>
/// <item>The snapshot is older than <see cref="AnalyticsOptions.SnapshotMaxAge"/> with the same version (writes to Neo4j
/// by other paths): it keeps serving while a read refreshes it in the background.</item>
/// <item><see cref="WarmAsync"/> starts the first read at start-up (<see cref="SnapshotWarmUp"/>).</item>
/// </list>
/// </summary>
public sealed partial class Neo4jSnapshotSource(
    Neo4jGraphFetch fetch,
    IDataVersion dataVersion,
    GraphSchema schema,
    IOptions<AnalyticsOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<Neo4jSnapshotSource> logger) : IGraphSnapshotSource
{
    private static readonly TimeSpan FirstReadGuess = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private Fetched? _current;
    private Read? _inFlight;
    private long _generation;
    private TimeSpan _lastDuration = FirstReadGuess;

    /// <summary>The snapshot being served, if any (null until the first read finished).</summary>
    public GraphSnapshot? Current => Volatile.Read(ref _current)?.Snapshot;

    /// <summary>Whether a read is running.</summary>
    public bool IsReading => Volatile.Read(ref _inFlight) is { Task.IsCompleted: false };

    public async ValueTask<GraphSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var version = await dataVersion.GetCurrentAsync(cancellationToken);
        if (Volatile.Read(ref _current) is { } current && current.DataVersion == version)
        {
            if (time.GetUtcNow() - current.At >= options.Value.SnapshotMaxAge)
                Start(version);
            return current.Snapshot;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.WarmingWait);
        Read? read = null;
        try
        {
            while (true)
            {
                read = Start(version);
                var fetched = await read.Task.WaitAsync(budget.Token);
                if (fetched.DataVersion == version)
                    return fetched.Snapshot;
                // The read had started before this request's version: one more read covers it.
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AnalyticsWarmingException(Remaining(read));
        }
    }

    /// <summary>Starts a read of the current data version unless one is running; returns at once.</summary>
    public async Task WarmAsync(CancellationToken cancellationToken) =>
        Start(await dataVersion.GetCurrentAsync(cancellationToken));

    /// <summary>The running read, or a new one of <paramref name="version"/>.</summary>
    private Read Start(string version)
    {
        lock (_gate)
        {
            if (_inFlight is { Task.IsCompleted: false } running)
                return running;
            var started = time.GetTimestamp();
            var read = new Read(started, Task.Run(() => ReadAsync(version, started, lifetime.ApplicationStopping)));
            _inFlight = read;
            return read;
        }
    }

    private async Task<Fetched> ReadAsync(string version, long started, CancellationToken stopping)
    {
        try
        {
            var data = await fetch.FetchAsync(stopping);
            var snapshot = new GraphSnapshot(Interlocked.Increment(ref _generation), GraphView.Build(data, schema));
            var fetched = new Fetched(version, time.GetUtcNow(), snapshot);
            var duration = time.GetElapsedTime(started);
            lock (_gate)
            {
                _current = fetched;
                _lastDuration = duration;
            }

            LogRead(logger, data.Nodes.Count, data.Relationships.Count, (long)duration.TotalMilliseconds);
            return fetched;
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            LogReadFailed(logger, e);
            throw;
        }
    }

    /// <summary>How long the running read should still take, judged by the last one.</summary>
    private TimeSpan Remaining(Read? read)
    {
        TimeSpan last;
        lock (_gate)
            last = _lastDuration;
        var elapsed = read is null ? TimeSpan.Zero : time.GetElapsedTime(read.Started);
        var remaining = last - elapsed;
        return remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics snapshot read from Neo4j: {Nodes} nodes, {Relationships} relationships in {Milliseconds} ms.")]
    private static partial void LogRead(ILogger logger, int nodes, int relationships, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the analytics snapshot from Neo4j failed; the next analytics request tries again.")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);

    private sealed record Fetched(string DataVersion, DateTimeOffset At, GraphSnapshot Snapshot);

    private sealed record Read(long Started, Task<Fetched> Task)
    {
        // A background read nobody waits for must not leave an unobserved exception (it is logged in ReadAsync).
        public Task<Fetched> Task { get; } = Observe(Task);

        private static Task<Fetched> Observe(Task<Fetched> task)
        {
            _ = task.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            return task;
        }
    }
}
