using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>The GraphQL input type of a property value: its scalar or enum, a list of enum values for lists.</summary>
internal static class PropertyTypes
{
    public static IGraphType Of(PropertyDef property, bool nonNull)
    {
        var name = SchemaNames.ValueTypeName(property);
        IGraphType type = property.IsList
            ? new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)))
            : new GraphQLTypeReference(name);
        return nonNull ? new NonNullGraphType(type) : type;
    }

    public static string Describe(PropertyDef property) =>
        property.IsRequired ? Bilingual.Append(property.Description, "Obligatoire.", "Required.") : property.Description;
}
