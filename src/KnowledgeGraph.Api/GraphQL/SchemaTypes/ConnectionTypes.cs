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
            var noun = LabelNouns.Of(label);
            yield return Connection(SchemaNames.Connection(label), SchemaNames.Edge(label), label,
                Bilingual.Text($"Une page {noun.De}.", $"A page of {noun.EnglishPlural}."));
            yield return Edge(SchemaNames.Edge(label), label, []);
        }

        foreach (var field in schema.Labels.SelectMany(schema.FieldsOf).Where(f => SchemaNames.HasEdgeProperties(f) && !f.IsSingle))
        {
            var noun = LabelNouns.Of(field.Target);
            var description = Bilingual.Text(
                $"Une page {noun.Des} du champ `{field}` ({field.Relationship.Type}), avec les propriétés de la relation sur chaque arête (`edges`).",
                $"A page of the {noun.EnglishPlural} of `{field}` ({field.Relationship.Type}), with the relationship's properties on each edge.");
            yield return Connection(SchemaNames.Connection(field), SchemaNames.Edge(field), field.Target, description);
            yield return Edge(SchemaNames.Edge(field), field.Target, field.Relationship.Properties);
        }
    }

    private static ObjectGraphType Connection(string name, string edgeName, LabelDef label, string description)
    {
        var type = new ObjectGraphType { Name = name, Description = description };
        type.AddField(Part(ConnectionPart.Nodes, NonNullListOfNonNull(label.Name), Bilingual.Text("Les nœuds de la page.", "The nodes of the page."), ConnectionFieldResolver.Nodes));
        type.AddField(Part(ConnectionPart.Edges, NonNullListOfNonNull(edgeName), Bilingual.Text("Les arêtes de la page, avec leurs curseurs.", "The edges of the page, with their cursors."), ConnectionFieldResolver.Edges));
        type.AddField(Part(ConnectionPart.PageInfo, NonNull(SchemaNames.PageInfo), Bilingual.Text("S'il y a d'autres pages, et les curseurs de la page.", "Whether there are more pages, and the page's cursors."),
            ConnectionFieldResolver.PageInfo));
        type.AddField(Part(ConnectionPart.TotalCount, NonNull("Int"), Bilingual.Text("Combien de nœuds satisfont le filtre, toutes pages confondues.", "How many nodes match, across all pages."), ConnectionFieldResolver.TotalCount));
        type.AddField(Part(ConnectionPart.Aggregate, NonNull(SchemaNames.Aggregate(label)),
            Bilingual.Text("Le nombre, les agrégats numériques et les décomptes par valeur d'énumération sur tous les nœuds qui satisfont le filtre (le même `where`, toutes pages confondues).",
                "Count, numeric and enum aggregates over every matching node (the same `where`, all pages)."), ConnectionFieldResolver.Aggregate));
        return type;
    }

    private static FieldType Part(ConnectionPart part, IGraphType type, string description, ConnectionFieldResolver resolver) =>
        FieldBinding.Attach(Field(ToCamel(part.ToString()), type, description, resolver), new ConnectionPartBinding(part));

    private static ObjectGraphType Edge(string name, LabelDef label, IReadOnlyList<PropertyDef> properties)
    {
        var type = new ObjectGraphType { Name = name, Description = Bilingual.Text($"{LabelNouns.Capital(LabelNouns.Of(label).Un)} dans une page, avec son curseur.", $"{LabelNouns.Capital(LabelNouns.Of(label).A)} in a page, with its cursor.") };
        type.AddField(Field("cursor", NonNull("String"), Bilingual.Text("Un curseur opaque, à donner à `after` ou `before`.", "An opaque cursor for `after`/`before`."), EdgeFieldResolver.Cursor));
        type.AddField(FieldBinding.Attach(Field("node", NonNull(label.Name), Bilingual.Text("Le nœud.", "The node."), EdgeFieldResolver.Node), EdgeNodeBinding.Instance));
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
        var type = new ObjectGraphType { Name = SchemaNames.PageInfo, Description = Bilingual.Text("Où se situe une page dans sa connexion (la liste paginée).", "Where a page stands in its connection.") };
        type.AddField(Field("hasNextPage", NonNull("Boolean"), Bilingual.Text("D'autres nœuds suivent cette page.", "More nodes follow this page."), ConnectionFieldResolver.HasNextPage));
        type.AddField(Field("hasPreviousPage", NonNull("Boolean"), Bilingual.Text("D'autres nœuds précèdent cette page.", "More nodes precede this page."), ConnectionFieldResolver.HasPreviousPage));
        type.AddField(Field("startCursor", Named("String"), Bilingual.Text("Le curseur de la première arête.", "The cursor of the first edge."), ConnectionFieldResolver.StartCursor));
        type.AddField(Field("endCursor", Named("String"), Bilingual.Text("Le curseur de la dernière arête.", "The cursor of the last edge."), ConnectionFieldResolver.EndCursor));
        return type;
    }

    private static string ToCamel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
