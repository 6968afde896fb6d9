using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Graph;

/// <summary>A relationship between two nodes by id; <see cref="Properties"/> holds its non-null properties.</summary>
public sealed record RelationshipRecord(
    RelationshipDef Definition,
    string StartId,
    string EndId,
    IReadOnlyDictionary<string, object> Properties)
{
    /// <summary>A stable identifier for exports and visualisations: type, ends and the ordinal among parallel relationships.</summary>
    public string Id => $"{StartId}-{Definition.Type}-{EndId}";
}
