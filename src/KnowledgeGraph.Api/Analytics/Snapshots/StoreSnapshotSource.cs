using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Durability;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// The service's snapshot source: the in-memory one when the store holds its graph in memory (embedded or durable),
/// else the Neo4j one. Decided per call, since the store is only known once start-up has loaded it.
/// </summary>
public sealed class StoreSnapshotSource(GraphStoreHolder holder, IServiceProvider services) : IGraphSnapshotSource
{
    public ValueTask<GraphSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        IGraphSnapshotSource source = holder.Data is not null || holder.Store is DurableGraphStore
            ? services.GetRequiredService<InMemorySnapshotSource>()
            : services.GetRequiredService<Neo4jSnapshotSource>();
        return source.GetAsync(cancellationToken);
    }
}
