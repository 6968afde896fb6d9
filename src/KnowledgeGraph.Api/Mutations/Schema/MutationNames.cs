using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>The names of the generated mutation fields and input types, all derived from the graph schema.</summary>
internal static class MutationNames
{
    public const string Payload = "WritePayload";
    public const string WrittenNode = "WrittenNode";
    public const string RelationshipChange = "RelationshipChange";
    public const string PropertyMap = "PropertyMap";
    public const string ChangeInput = "ChangeInput";
    public const string CsvFileInput = "CsvFileInput";

    public static string Create(LabelDef label) => "create" + label.Name;

    public static string Update(LabelDef label) => "update" + label.Name;

    public static string Delete(LabelDef label) => "delete" + label.Name;

    public static string Upsert(LabelDef label) => "upsert" + label.Name;

    public static string CreateInput(LabelDef label) => label.Name + "CreateInput";

    public static string UpdateInput(LabelDef label) => label.Name + "UpdateInput";

    public static string PropertyName(LabelDef label) => label.Name + "PropertyName";

    /// <summary><c>ActorToAlliance</c>; when one label pair has several types, the outgoing field tells them apart.</summary>
    public static string Relationship(GraphSchema schema, RelationshipDef definition)
    {
        var pairIsUnique = schema.Relationships.Count(r => r.From == definition.From && r.To == definition.To) == 1;
        return pairIsUnique
            ? $"{definition.From.Name}To{definition.To.Name}"
            : definition.From.Name + SchemaNames.Pascal(definition.OutgoingField);
    }

    public static string Link(GraphSchema schema, RelationshipDef definition) => "link" + Relationship(schema, definition);

    public static string Unlink(GraphSchema schema, RelationshipDef definition) => "unlink" + Relationship(schema, definition);

    /// <summary>The start node's argument, e.g. <c>actorId</c>.</summary>
    public static string StartId(RelationshipDef definition) => Camel(definition.From.Name) + "Id";

    /// <summary>The end node's argument, e.g. <c>allianceId</c>; on a label to itself, named by the field (<c>parentId</c>).</summary>
    public static string EndId(RelationshipDef definition) =>
        definition.From == definition.To ? definition.OutgoingField + "Id" : Camel(definition.To.Name) + "Id";

    /// <summary>The input type of an operation inside <c>applyChanges</c>, e.g. <c>LinkActorToAllianceInput</c>.</summary>
    public static string OperationInput(string mutationName) => SchemaNames.Pascal(mutationName) + "Input";

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
