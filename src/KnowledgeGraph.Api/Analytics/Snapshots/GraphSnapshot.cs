using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// The whole graph at one data version, as an analytics view. <see cref="Version"/> identifies the data: the store's
/// data version when it has one (the durable store), else a number this process gives each snapshot it builds; two
/// snapshots with the same version hold the same data, so graph-wide results are cached by it.
/// </summary>
public sealed record GraphSnapshot(long Version, GraphView View);

/// <summary>Gives the current snapshot of the service's store, building it only when the data changed.</summary>
public interface IGraphSnapshotSource
{
    ValueTask<GraphSnapshot> GetAsync(CancellationToken cancellationToken);
}
