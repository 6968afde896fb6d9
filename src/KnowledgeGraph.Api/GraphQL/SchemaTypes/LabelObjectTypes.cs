using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>The <c>Node</c> interface and one object type per label: its properties and its relationship fields.</summary>
internal static class LabelObjectTypes
{
    public static InterfaceGraphType NodeInterface()
    {
        var node = new InterfaceGraphType { Name = SchemaNames.Node, Description = Bilingual.Text("N'importe quel nœud du graphe, trouvé par son id.", "Any node of the graph, found by its id.") };
        node.AddField(Field(GraphSchema.IdProperty, NonNull("ID"), Bilingual.Text("L'identifiant stable, unique dans tout le graphe.", "The stable identifier, unique across the graph.")));
        return node;
    }

    public static ObjectGraphType Create(GraphSchema schema, LabelDef label, InterfaceGraphType node)
    {
        var type = new ObjectGraphType
        {
            Name = label.Name,
            Description = label.Description,
            IsTypeOf = source => source is NodeResult result && result.Label == label,
        };
        foreach (var property in label.Properties)
        {
            type.AddField(FieldBinding.Attach(PropertyField(property), new PropertyBinding(property)));
        }

        foreach (var field in schema.FieldsOf(label))
        {
            type.AddField(FieldBinding.Attach(RelationshipField(schema, field), new RelationshipBinding(field)));
        }

        type.AddResolvedInterface(node);
        node.AddPossibleType(type);
        return type;
    }

    private static FieldType PropertyField(PropertyDef property)
    {
        var name = SchemaNames.ValueTypeName(property);
        var type = property.IsList ? ListOfNonNull(name) : Named(name);
        if (property.IsRequired)
        {
            type = new NonNullGraphType(type);
        }

        IFieldResolver resolver = property.Name == GraphSchema.IdProperty ? IdResolver.Instance : new PropertyResolver(property);
        return Field(property.Name, type, property.Description, resolver);
    }

    private static FieldType RelationshipField(GraphSchema schema, RelationshipField field)
    {
        if (field.IsSingle)
        {
            return Field(field.Name, Named(field.Target.Name), field.Relationship.Description, SingleRelationshipResolver.Instance);
        }

        var connection = Field(field.Name, NonNull(SchemaNames.Connection(field)), field.Relationship.Description,
            RelationshipConnectionResolver.Instance);
        connection.Arguments = ConnectionArguments.For(field.Target);
        InsideArgument.AddTo(schema, field, connection);
        return connection;
    }
}
