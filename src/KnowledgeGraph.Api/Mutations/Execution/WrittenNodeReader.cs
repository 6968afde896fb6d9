using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Mutations.Execution;

/// <summary>Reads a node back after a write, with every property of its label, through the store's own read path.</summary>
internal static class WrittenNodeReader
{
    private const string Key = "written";

    public static async Task<NodeResult?> ReadAsync(IGraphStore store, GraphSchema schema, string id, CancellationToken cancellationToken)
    {
        var projections = schema.Labels.ToDictionary(l => l, l => new NodeProjection(l.Properties, []));
        var result = await store.ReadAsync(new ReadPlan([new NodeByIdRead(Key, id, projections)]), cancellationToken);
        return result.Get<NodeResult>(Key);
    }
}
