using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>The names of the generated GraphQL types, derived from the graph schema (HotChocolate.Data conventions).</summary>
internal static class SchemaNames
{
    public const string Node = "Node";
    public const string NodeLabel = "NodeLabel";
    public const string PageInfo = "PageInfo";
    public const string SearchHit = "SearchHit";
    public const string SortEnumType = "SortEnumType";
    public const string IdOperationFilterInput = "IdOperationFilterInput";

    public static string Connection(LabelDef label) => label.Name + "Connection";

    public static string Edge(LabelDef label) => label.Name + "Edge";

    public static string FilterInput(LabelDef label) => label.Name + "FilterInput";

    public static string ListFilterInput(LabelDef label) => label.Name + "ListFilterInput";

    public static string SortInput(LabelDef label) => label.Name + "SortInput";

    /// <summary>A relationship with properties gets its own connection, whose edges carry them; others reuse the target's.</summary>
    public static string Connection(RelationshipField field) =>
        HasEdgeProperties(field) ? field.Source.Name + Pascal(field.Name) + "Connection" : Connection(field.Target);

    public static string Edge(RelationshipField field) =>
        HasEdgeProperties(field) ? field.Source.Name + Pascal(field.Name) + "Edge" : Edge(field.Target);

    /// <summary>The filter field over the edges of a relationship with properties: <c>alliancesEdges</c>.</summary>
    public static string EdgesFilterField(RelationshipField field) => field.Name + "Edges";

    public static string EdgeListFilterInput(RelationshipField field) => Prefix(field) + "EdgeListFilterInput";

    public static string EdgeFilterInput(RelationshipField field) => Prefix(field) + "EdgeFilterInput";

    private static string Prefix(RelationshipField field) => field.Source.Name + Pascal(field.Name);

    /// <summary>The count filter and count sort field of a relationship: <c>alliancesCount</c>.</summary>
    public static string CountField(RelationshipField field) => field.Name + "Count";

    /// <summary><c>&lt;Target&gt;CountFilterInput</c>, or for a relationship with properties its own (with <c>edgeWhere</c>).</summary>
    public static string CountFilterInput(RelationshipField field) =>
        HasEdgeProperties(field) ? Prefix(field) + "CountFilterInput" : CountFilterInput(field.Target);

    public static string CountFilterInput(LabelDef label) => label.Name + "CountFilterInput";

    /// <summary>Sort keys over a related node's own properties: <c>TerritoryPropertySortInput</c>.</summary>
    public static string PropertySortInput(LabelDef label) => label.Name + "PropertySortInput";

    public static string Aggregate(LabelDef label) => label.Name + "Aggregate";

    public static string NumericAggregate(ValueKind kind) => kind == ValueKind.Int ? "IntAggregate" : "FloatAggregate";

    public static string ValueCount(EnumDef definition) => definition.Name + "Count";

    public static bool HasEdgeProperties(RelationshipField field) => field.Relationship.Properties.Count > 0;

    public static string OperationFilterInput(PropertyDef property) => property switch
    {
        { Name: GraphSchema.IdProperty } => IdOperationFilterInput,
        { Kind: ValueKind.Enum, IsList: true } => property.Enum!.Name + "ListOperationFilterInput",
        { Kind: ValueKind.Enum } => property.Enum!.Name + "OperationFilterInput",
        _ => ScalarName(property.Kind) + "OperationFilterInput",
    };

    /// <summary>The GraphQL scalar of a non-enum value kind; <c>id</c> is an ID.</summary>
    public static string ScalarName(ValueKind kind) => kind switch
    {
        ValueKind.String => "String",
        ValueKind.Int => "Int",
        ValueKind.Float => "Float",
        ValueKind.Boolean => "Boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Enums are named by their definition."),
    };

    public static string ValueTypeName(PropertyDef property) => property switch
    {
        { Name: GraphSchema.IdProperty } => "ID",
        { Kind: ValueKind.Enum } => property.Enum!.Name,
        _ => ScalarName(property.Kind),
    };

    /// <summary>"SdgTarget" → "SDG_TARGET".</summary>
    public static string UpperSnake(string pascal) => UpperSnakeCase.From(pascal);

    public static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];
}
