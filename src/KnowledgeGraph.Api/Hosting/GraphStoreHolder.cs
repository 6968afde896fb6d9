using KnowledgeGraph.Api.Audit;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The store built at start-up, before the server listens; <see cref="IGraphStore"/> resolves to it.</summary>
public sealed class GraphStoreHolder(IEnumerable<IGraphWriterDecorator> decorators) : IAsyncDisposable, IDisposable
{
    public GraphStoreHolder() : this([])
    {
    }

    private IGraphStore? store;
    private int nodeCount;
    private int relationshipCount;

    public bool IsLoaded => store is not null;

    /// <summary>The durable store's current count, else the count at start-up.</summary>
    public int NodeCount => store is DurableGraphStore durable ? durable.Current.Store.NodeCount : nodeCount;

    public int RelationshipCount => store is DurableGraphStore durable ? durable.Current.Store.RelationshipCount : relationshipCount;

    public IGraphStore Store =>
        store ?? throw new InvalidOperationException("The graph store is used before start-up loaded it.");

    /// <summary>The whole graph the in-memory store was built from (null for Neo4j): the analytics snapshot reads it.</summary>
    public GraphData? Data { get; private set; }

    /// <summary>Where mutations go; null when the store accepts no writes.</summary>
    public IGraphWriter? Writer { get; private set; }

    /// <summary>The committed writes, when the store keeps them.</summary>
    public IAuditTrail? AuditTrail { get; private set; }

    /// <summary>The durable store's data version (0 after seeding, +1 per committed write); null for other stores.</summary>
    public long? DataVersion => (store as DurableGraphStore)?.DataVersion;

    public void Set(IGraphStore loaded, int nodeCount, int relationshipCount, GraphData? data = null)
    {
        (this.nodeCount, this.relationshipCount, Data) = (nodeCount, relationshipCount, data);
        store = loaded;
    }

    /// <summary>Makes the loaded store writable (and its audit trail readable); the registered decorators wrap the writer.</summary>
    public void SetWriter(IGraphWriter writer, IAuditTrail? auditTrail)
    {
        Writer = decorators.Aggregate(writer, (inner, decorator) => decorator.Decorate(inner));
        AuditTrail = auditTrail;
    }

    public async ValueTask DisposeAsync()
    {
        if (store is DurableGraphStore durable)
        {
            await durable.DisposeAsync();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
