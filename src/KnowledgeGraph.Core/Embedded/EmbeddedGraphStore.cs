using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded;

/// <summary>The whole graph in memory, with adjacency lists per relationship type and direction; executes read plans.</summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    public EmbeddedGraphStore(GraphSchema schema, GraphData data)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(data);
        throw new NotImplementedException("Being written.");
    }

    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Being written.");
}
