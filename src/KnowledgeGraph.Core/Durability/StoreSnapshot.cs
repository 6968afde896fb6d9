using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Durability;

/// <summary>
/// One complete, immutable state of the graph: its data version, its data and the in-memory store that reads it.
/// Take one snapshot and use it throughout a request to see the version and the data that go together.
/// </summary>
public sealed class StoreSnapshot
{
    internal StoreSnapshot(GraphSchema schema, long dataVersion, GraphData data)
        : this(dataVersion, new EmbeddedGraphStore(schema, data))
    {
    }

    private StoreSnapshot(long dataVersion, EmbeddedGraphStore store)
    {
        DataVersion = dataVersion;
        Store = store;
    }

    public long DataVersion { get; }

    /// <summary>The whole graph (built from the store on first use after a write).</summary>
    public GraphData Data => Store.Data;

    public EmbeddedGraphStore Store { get; }

    /// <summary>The nodes by id and their relationships, read from the store's index (for the next write's validation).</summary>
    internal IGraphLookup Lookup => Store.Lookup;

    /// <summary>The next snapshot: this one with <paramref name="delta"/> applied in place of a rebuild.</summary>
    internal StoreSnapshot With(long dataVersion, GraphDelta delta) => new(dataVersion, Store.Apply(delta));
}
