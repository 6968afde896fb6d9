using System.Text.Json;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>The JSON an audit row holds about what a write changed.</summary>
internal static class AuditSummary
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of(WriteResult result, int operationCount) => JsonSerializer.Serialize(new
    {
        operations = operationCount,
        nodesCreated = result.NodesCreated,
        nodesUpdated = result.NodesUpdated,
        nodesDeleted = result.NodesDeleted,
        relationshipsCreated = result.RelationshipsCreated,
        relationshipsDeleted = result.RelationshipsDeleted,
    }, Options);

    public static string OfSeed(IReadOnlyList<string> seedSets, int nodes, int relationships) => JsonSerializer.Serialize(new
    {
        seed = seedSets,
        nodes,
        relationships,
    }, Options);
}
