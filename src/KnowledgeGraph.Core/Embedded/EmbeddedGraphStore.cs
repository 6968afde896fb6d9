using KnowledgeGraph.Core.Embedded.Changes;
using KnowledgeGraph.Core.Embedded.Query;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Embedded;

/// <summary>
/// The whole graph in memory, with adjacency lists per relationship type and direction; executes read plans.
/// Immutable after construction, so reads are thread-safe; <see cref="Apply"/> makes a new store with a write applied,
/// sharing with this one every part the write does not change (see Changes/README.md).
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    private readonly GraphIndex _graph;
    private readonly bool _useIndexes;

    public EmbeddedGraphStore(GraphSchema schema, GraphData data)
        : this(schema, data, useIndexes: true)
    {
    }

    /// <summary>With <paramref name="useIndexes"/> false, root filters always scan every node (to compare answers in tests).</summary>
    internal EmbeddedGraphStore(GraphSchema schema, GraphData data, bool useIndexes)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(data);
        _graph = GraphIndexBuilder.Build(schema, data);
        _useIndexes = useIndexes;
        _data = data;
    }

    private EmbeddedGraphStore(GraphIndex graph, bool useIndexes)
    {
        _graph = graph;
        _useIndexes = useIndexes;
    }

    private GraphData? _data;

    /// <summary>The graph this store holds (made from the index on first use after a write: nodes by label then id).</summary>
    public GraphData Data
    {
        get
        {
            if (Volatile.Read(ref _data) is { } data)
            {
                return data;
            }

            Interlocked.CompareExchange(ref _data, GraphIndexData.Materialize(_graph), null);
            return _data!;
        }
    }

    public int NodeCount => _graph.Nodes.Length;

    public int RelationshipCount => _graph.Relationships.Values.Sum(t => t.Edges.Length);

    /// <summary>The nodes and their relationships, read from the index (for validating the next write).</summary>
    public IGraphLookup Lookup => new GraphIndexLookup(_graph);

    /// <summary>A new store with <paramref name="delta"/> (validated against this store) applied; this one is left as it is.</summary>
    public EmbeddedGraphStore Apply(GraphDelta delta) => new(GraphIndexPatcher.Apply(_graph, delta), _useIndexes);

    internal GraphIndex Index => _graph;

    /// <summary>How many rows the equality indexes hold, over all labels (4 bytes each), and their distinct values.</summary>
    internal (long Entries, int DistinctValues) EqualityIndexSize =>
        (_graph.LabelTables.SelectMany(t => t.EqualityIndexes.Values).Sum(i => (long)i.EntryCount),
            _graph.LabelTables.SelectMany(t => t.EqualityIndexes.Values).Sum(i => i.DistinctValues));

    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new PlanExecutor(_graph, cancellationToken, _useIndexes).Execute(plan));
    }
}
