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
    private readonly Lazy<GraphDataLookup> _lookup;

    internal StoreSnapshot(GraphSchema schema, long dataVersion, GraphData data)
    {
        DataVersion = dataVersion;
        Data = data;
        Store = new EmbeddedGraphStore(schema, data);
        _lookup = new Lazy<GraphDataLookup>(() => new GraphDataLookup(data), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public long DataVersion { get; }

    public GraphData Data { get; }

    public EmbeddedGraphStore Store { get; }

    /// <summary>The nodes by id, indexed on first use (by the next write's validation).</summary>
    internal IGraphLookup Lookup => _lookup.Value;
}
