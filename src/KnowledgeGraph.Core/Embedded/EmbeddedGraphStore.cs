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

    public EmbeddedGraphStore(GraphSchema schema, GraphData data)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(data);
        _graph = GraphIndexBuilder.Build(schema, data);
    }

    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new PlanExecutor(_graph, cancellationToken).Execute(plan));
    }
}
