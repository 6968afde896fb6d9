using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// The snapshot of the Neo4j store: the whole graph fetched in one statement (<see cref="Neo4jGraphFetch"/>), kept
/// while the service's data version (<see cref="IDataVersion"/>) stays the same and for at most
/// <see cref="AnalyticsOptions.SnapshotMaxAge"/>. Concurrent requests wait for one fetch.
/// </summary>
public sealed class Neo4jSnapshotSource(
    Neo4jGraphFetch fetch,
    IDataVersion dataVersion,
    GraphSchema schema,
    IOptions<AnalyticsOptions> options,
    TimeProvider time) : IGraphSnapshotSource
{
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private Fetched? _current;
    private long _generation;

    public async ValueTask<GraphSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var version = await dataVersion.GetCurrentAsync(cancellationToken);
        if (Fresh(Volatile.Read(ref _current), version) is { } known)
        {
            return known;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_current, version) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var data = await fetch.FetchAsync(cancellationToken);
            var snapshot = new GraphSnapshot(Interlocked.Increment(ref _generation), GraphView.Build(data, schema));
            Volatile.Write(ref _current, new Fetched(version, time.GetUtcNow(), snapshot));
            return snapshot;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private GraphSnapshot? Fresh(Fetched? fetched, string version) =>
        fetched is not null && fetched.DataVersion == version && time.GetUtcNow() - fetched.At < options.Value.SnapshotMaxAge
            ? fetched.Snapshot
            : null;

    private sealed record Fetched(string DataVersion, DateTimeOffset At, GraphSnapshot Snapshot);
}
