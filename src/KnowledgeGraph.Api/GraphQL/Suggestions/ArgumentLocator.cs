using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Suggestions;

/// <summary>The declared type of an argument node of a document: finds the field (or directive) it is written on.</summary>
internal static class ArgumentLocator
{
    public static IGraphType? TypeOf(GraphQLArgument argument, ISchema schema, GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            var found = definition switch
            {
                GraphQLOperationDefinition operation => Find(operation.SelectionSet, RootOf(operation.Operation, schema), argument, schema, operation.Directives),
                GraphQLFragmentDefinition fragment => Find(fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue], argument, schema, fragment.Directives),
                _ => null,
            };
            if (found is not null)
                return found;
        }

        return null;
    }

    private static IGraphType? RootOf(OperationType operation, ISchema schema) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        OperationType.Subscription => schema.Subscription,
        _ => null,
    };

    private static IGraphType? Find(GraphQLSelectionSet? set, IGraphType? parent, GraphQLArgument target, ISchema schema, GraphQLDirectives? directives)
    {
        if (InDirectives(directives, target, schema) is { } onDirective)
            return onDirective;
        if (set is null)
            return null;
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                GraphQLField field => InField(field, parent, target, schema),
                GraphQLInlineFragment inline => Find(inline.SelectionSet,
                    inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.StringValue] : parent, target, schema, inline.Directives),
                GraphQLFragmentSpread spread => InDirectives(spread.Directives, target, schema),
                _ => null,
            };
            if (found is not null)
                return found;
        }

        return null;
    }

    private static IGraphType? InField(GraphQLField field, IGraphType? parent, GraphQLArgument target, ISchema schema)
    {
        var definition = parent is IComplexGraphType complex ? complex.GetField(field.Name.StringValue) : null;
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (ReferenceEquals(argument, target))
                return definition?.Arguments?.Find(argument.Name.StringValue)?.ResolvedType;
        }

        var type = definition?.ResolvedType is { } resolved ? Unwrap(resolved) : null;
        return Find(field.SelectionSet, type, target, schema, field.Directives);
    }

    private static IGraphType? InDirectives(GraphQLDirectives? directives, GraphQLArgument target, ISchema schema)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            foreach (var argument in directive.Arguments?.Items ?? [])
            {
                if (ReferenceEquals(argument, target))
                    return schema.Directives.Find(directive.Name.StringValue)?.Arguments?.Find(argument.Name.StringValue)?.ResolvedType;
            }
        }

        return null;
    }

    private static IGraphType Unwrap(IGraphType type) =>
        type is IProvideResolvedType wrapper && wrapper.ResolvedType is { } inner ? Unwrap(inner) : type;
}
