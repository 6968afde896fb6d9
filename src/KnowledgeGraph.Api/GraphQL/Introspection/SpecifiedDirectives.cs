using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Introspection;

/// <summary>
/// The spec's built-in directives that GraphQL.NET 8 supports but does not declare: <c>@oneOf</c> (September 2025; the
/// engine validates OneOf input objects) and <c>@specifiedBy</c> (October 2021; see <see cref="SpecifiedByUrlField"/>).
/// Declared and introspectable (GraphQL.NET hides type-system directives by default), they show in introspection as
/// on every spec-compliant service.
/// </summary>
internal static class SpecifiedDirectives
{
    public static Directive OneOf() => new IntrospectableDirective("oneOf", DirectiveLocation.InputObject)
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    public static Directive SpecifiedBy() => new IntrospectableDirective("specifiedBy", DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behavior of this scalar.",
        }),
    };

    private sealed class IntrospectableDirective(string name, params DirectiveLocation[] locations) : Directive(name, locations)
    {
        public override bool? Introspectable => true;
    }
}
