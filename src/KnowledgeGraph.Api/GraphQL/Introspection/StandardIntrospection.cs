using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;

namespace KnowledgeGraph.Api.GraphQL.Introspection;

/// <summary>
/// Turns on what GraphQL.NET 8 leaves off so that the standard introspection query (graphql-js's
/// <c>getIntrospectionQuery</c> with every option) validates: <c>__Directive.isRepeatable</c>, deprecated input values
/// (<c>includeDeprecated</c> on <c>args</c> and <c>inputFields</c>, <c>__InputValue.isDeprecated</c>; on
/// <c>__Directive.args</c> see <see cref="DirectiveArgsDeprecation"/>), and
/// <c>__Type.specifiedByURL</c>, which GraphQL.NET does not have (see <see cref="SpecifiedByUrlField"/>).
/// It also declares the built-in <c>@oneOf</c> and <c>@specifiedBy</c> (<see cref="SpecifiedDirectives"/>).
/// <c>__Schema.description</c> and <c>__Type.isOneOf</c> are there already.
/// </summary>
internal sealed class StandardIntrospection : ISchemaContributor
{
    public void Contribute(KnowledgeGraphGraphQLSchema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.RegisterVisitor(new SpecifiedByUrlField());
        schema.RegisterVisitor(new DirectiveArgsDeprecation());
        schema.Directives.Register(SpecifiedDirectives.OneOf(), SpecifiedDirectives.SpecifiedBy());
    }
}
