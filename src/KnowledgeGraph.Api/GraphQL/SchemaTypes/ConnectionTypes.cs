using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// <c>PageInfo</c>, a connection and an edge type per label, and a dedicated pair per relationship field whose
/// relationship has properties (its edges carry them).
/// </summary>
internal static class ConnectionTypes
{
    public static IEnumerable<IGraphType> Create(GraphSchema schema)
    {
        yield return PageInfo();
        foreach (var label in schema.Labels)
        {
            yield return Connection(SchemaNames.Connection(label), SchemaNames.Edge(label), label, $"A page of {label.Name} nodes.");
            yield return Edge(SchemaNames.Edge(label), label, []);
        }

        foreach (var field in schema.Labels.SelectMany(schema.FieldsOf).Where(f => SchemaNames.HasEdgeProperties(f) && !f.IsSingle))
        {
            var description = $"A page of the {field.Target.Name} nodes of {field}, with the relationship's properties on each edge.";
            yield return Connection(SchemaNames.Connection(field), SchemaNames.Edge(field), field.Target, description);
            yield return Edge(SchemaNames.Edge(field), field.Target, field.Relationship.Properties);
        }
    }

    private static ObjectGraphType Connection(string name, string edgeName, LabelDef label, string description)
    {
        var type = new ObjectGraphType { Name = name, Description = description };
        type.AddField(Part(ConnectionPart.Nodes, NonNullListOfNonNull(label.Name), "The nodes of the page.", ConnectionFieldResolver.Nodes));
        type.AddField(Part(ConnectionPart.Edges, NonNullListOfNonNull(edgeName), "The edges of the page, with cursors.", ConnectionFieldResolver.Edges));
        type.AddField(Part(ConnectionPart.PageInfo, NonNull(SchemaNames.PageInfo), "Whether there are more pages, and the page's cursors.",
            ConnectionFieldResolver.PageInfo));
        type.AddField(Part(ConnectionPart.TotalCount, NonNull("Int"), "How many nodes match, across all pages.", ConnectionFieldResolver.TotalCount));
        type.AddField(Part(ConnectionPart.Aggregate, NonNull(SchemaNames.Aggregate(label)),
            "Count, numeric and enum aggregates over every matching node (the same `where`, all pages).", ConnectionFieldResolver.Aggregate));
        return type;
    }

    private static FieldType Part(ConnectionPart part, IGraphType type, string description, ConnectionFieldResolver resolver) =>
        FieldBinding.Attach(Field(ToCamel(part.ToString()), type, description, resolver), new ConnectionPartBinding(part));

    private static ObjectGraphType Edge(string name, LabelDef label, IReadOnlyList<PropertyDef> properties)
    {
        var type = new ObjectGraphType { Name = name, Description = $"A {label.Name} node in a page, with its cursor." };
        type.AddField(Field("cursor", NonNull("String"), "An opaque cursor for `after`/`before`.", EdgeFieldResolver.Cursor));
        type.AddField(FieldBinding.Attach(Field("node", NonNull(label.Name), "The node.", EdgeFieldResolver.Node), EdgeNodeBinding.Instance));
        foreach (var property in properties)
        {
            var valueType = property.IsRequired ? NonNull(SchemaNames.ValueTypeName(property)) : Named(SchemaNames.ValueTypeName(property));
            type.AddField(FieldBinding.Attach(
                Field(property.Name, valueType, property.Description, EdgeFieldResolver.Property(property)),
                new EdgePropertyBinding(property)));
        }

        return type;
    }

    private static ObjectGraphType PageInfo()
    {
        var type = new ObjectGraphType { Name = SchemaNames.PageInfo, Description = "Where a page stands in its connection." };
        type.AddField(Field("hasNextPage", NonNull("Boolean"), "More nodes follow this page.", ConnectionFieldResolver.HasNextPage));
        type.AddField(Field("hasPreviousPage", NonNull("Boolean"), "More nodes precede this page.", ConnectionFieldResolver.HasPreviousPage));
        type.AddField(Field("startCursor", Named("String"), "The cursor of the first edge.", ConnectionFieldResolver.StartCursor));
        type.AddField(Field("endCursor", Named("String"), "The cursor of the last edge.", ConnectionFieldResolver.EndCursor));
        return type;
    }

    private static string ToCamel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
