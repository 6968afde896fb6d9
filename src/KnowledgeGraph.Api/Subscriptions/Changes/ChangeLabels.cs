using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>The labels of nodes by id, read through the store's own read path in one plan (one round trip on Neo4j).</summary>
internal static class ChangeLabels
{
    public static async Task<Dictionary<string, string>> ReadAsync(
        IGraphStore store, GraphSchema schema, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
            return labels;
        var projections = schema.Labels.ToDictionary(l => l, NodeProjection.IdOnly);
        var keyed = ids.Select((id, i) => (Key: "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Id: id)).ToList();
        var result = await store.ReadAsync(new ReadPlan([.. keyed.Select(k => (RootRead)new NodeByIdRead(k.Key, k.Id, projections))]), cancellationToken);
        foreach (var (key, id) in keyed)
        {
            if (result.Get<NodeResult>(key) is { } node)
                labels[id] = node.Label.Name;
        }

        return labels;
    }
}
