using GraphQL.Resolvers;
using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// Types are referenced by name and resolved when the schema initialises, so the generated types can refer to
/// each other in any order (Actor → Alliance → Actor).
/// </summary>
internal static class TypeRefs
{
    public static IGraphType Named(string name) => new GraphQLTypeReference(name);

    public static IGraphType NonNull(string name) => new NonNullGraphType(Named(name));

    public static IGraphType ListOfNonNull(string name) => new ListGraphType(NonNull(name));

    public static IGraphType NonNullListOfNonNull(string name) => new NonNullGraphType(ListOfNonNull(name));

    public static FieldType Field(string name, IGraphType type, string? description, IFieldResolver? resolver = null) =>
        new() { Name = name, ResolvedType = type, Description = description, Resolver = resolver };

    public static FieldType InputField(string name, IGraphType type, string? description) =>
        new() { Name = name, ResolvedType = type, Description = description };

    public static QueryArgument Argument(string name, IGraphType type, string description, object? defaultValue = null) =>
        new(type) { Name = name, Description = description, DefaultValue = defaultValue };
}
