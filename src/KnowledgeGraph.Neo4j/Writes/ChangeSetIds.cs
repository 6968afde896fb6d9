using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Neo4j.Writes;

/// <summary>Every node id a change set names: what must be fetched for its validation.</summary>
internal static class ChangeSetIds
{
    public static List<string> Of(ChangeSet changeSet) =>
        changeSet.Operations.SelectMany(Of).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Of(WriteOperation operation) => operation switch
    {
        CreateNode op => [op.Id],
        UpdateNode op => [op.Id],
        UpsertNode op => [op.Id],
        DeleteNode op => [op.Id],
        Link op => [op.StartId, op.EndId],
        Unlink op => [op.StartId, op.EndId],
        ImportGraph op => op.Data.Nodes.Select(n => n.Id).Concat(op.Data.Relationships.SelectMany(r => new[] { r.StartId, r.EndId })),
        _ => [],
    };
}
