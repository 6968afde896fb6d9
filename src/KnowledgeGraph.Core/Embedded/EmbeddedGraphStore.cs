using KnowledgeGraph.Core.Embedded.Query;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded;

/// <summary>
/// The whole graph in memory, with adjacency lists per relationship type and direction; executes read plans.
/// Immutable after construction, so reads are thread-safe.
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
    }

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
