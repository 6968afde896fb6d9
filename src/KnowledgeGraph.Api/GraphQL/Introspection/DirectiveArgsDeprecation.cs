using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Introspection;

/// <summary>
/// Adds <c>includeDeprecated: Boolean = false</c> to <c>__Directive.args</c> (GraphQL spec, September 2025), which
/// GraphQL.NET 8 has on <c>__Field.args</c> and <c>__Type.inputFields</c> but not there: without it, graphql-js's
/// introspection query with <c>inputValueDeprecation</c> fails validation. Deprecated arguments are left out unless
/// asked for, as on fields.
/// </summary>
internal sealed class DirectiveArgsDeprecation : BaseSchemaNodeVisitor
{
    private const string ArgumentName = "includeDeprecated";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name != "__Directive" || type.GetField("args") is not { } args || args.Arguments?.Find(ArgumentName) is not null)
            return;
        args.Arguments ??= [];
        args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
        {
            Name = ArgumentName,
            DefaultValue = false,
            ResolvedType = schema.AllTypes["Boolean"] ?? new BooleanGraphType(),
        });
        var inner = args.Resolver ?? NameFieldResolver.Instance;
        args.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var all = await inner.ResolveAsync(context);
            return all is IEnumerable<QueryArgument> arguments && !context.GetArgument<bool>(ArgumentName)
                ? arguments.Where(argument => argument.DeprecationReason is null).ToList()
                : all;
        });
    }
}
