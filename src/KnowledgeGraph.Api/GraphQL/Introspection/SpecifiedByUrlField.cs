using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Introspection;

/// <summary>
/// Adds <c>__Type.specifiedByURL: String</c> (GraphQL spec, October 2021), which GraphQL.NET 8 lacks: the URL of a
/// custom scalar's specification, read from the scalar's <see cref="MetadataKey"/> metadata; null for every other
/// type (and for our scalars today: the schema uses only the built-in ones).
/// </summary>
internal sealed class SpecifiedByUrlField : BaseSchemaNodeVisitor
{
    public const string FieldName = "specifiedByURL";

    public const string MetadataKey = "specifiedByURL";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name != "__Type" || type.HasField(FieldName))
            return;
        type.AddField(new FieldType
        {
            Name = FieldName,
            Description = "The URL of the specification of a custom scalar; null for other types.",
            Type = typeof(StringGraphType),
            ResolvedType = schema.AllTypes["String"] ?? new StringGraphType(),
            Resolver = new FuncFieldResolver<object?>(context =>
                context.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(MetadataKey) : null),
        });
    }
}
