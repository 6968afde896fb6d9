using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// The snapshot of an in-memory store: the durable store's current data and data version, or the data the embedded
/// store was loaded from (version 0, it never changes). The view is rebuilt only when the data object changes.
/// </summary>
public sealed class InMemorySnapshotSource(GraphStoreHolder holder, GraphSchema schema) : IGraphSnapshotSource
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private Built? _current;

    public async ValueTask<GraphSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var (data, version) = Current();
        if (Volatile.Read(ref _current) is { } known && ReferenceEquals(known.Data, data))
        {
            return known.Snapshot;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && ReferenceEquals(built.Data, data))
            {
                return built.Snapshot;
            }

            var snapshot = new GraphSnapshot(version, GraphView.Build(data, schema));
            Volatile.Write(ref _current, new Built(data, snapshot));
            return snapshot;
        }
        finally
        {
            _building.Release();
        }
    }

    private (GraphData Data, long Version) Current()
    {
        if (holder.Store is DurableGraphStore durable)
        {
            var snapshot = durable.Current; // data and version that belong together
            return (snapshot.Data, snapshot.DataVersion);
        }

        return (holder.Data ?? throw new InvalidOperationException("The in-memory store was set without its graph data."), 0);
    }

    private sealed record Built(GraphData Data, GraphSnapshot Snapshot);
}
