using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Auth;

/// <summary>
/// Checks, before anything runs, that the caller may run the selected operation: every root field carrying
/// <see cref="RoleCheck.RequiredRoleKey"/> needs that role, and queries need an identity when reads are closed.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public static AuthorizationValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var user = context.User;
        var authenticated = RoleCheck.IsAuthenticated(user);
        if (operation.Operation == OperationType.Query && !authenticated && ReadsAreClosed(context))
        {
            context.ReportError(new UnauthenticatedError(context, operation, "Reading needs an identity here: send an API key or a bearer token."));
            return default;
        }

        var root = operation.Operation == OperationType.Mutation ? context.Schema.Mutation : null;
        if (root is null)
        {
            return default;
        }

        foreach (var (field, role) in RootFields(context, operation.SelectionSet)
                     .Select(f => (f, root.GetField(f.Name.StringValue)?.GetMetadata<string>(RoleCheck.RequiredRoleKey)))
                     .Where(pair => pair.Item2 is not null))
        {
            if (!authenticated)
            {
                context.ReportError(new UnauthenticatedError(context, field, RoleCheck.UnauthenticatedMessage));
                return default;
            }

            if (!RoleCheck.HasRole(user, role!))
            {
                context.ReportError(new ForbiddenError(context, field, $"{field.Name.StringValue}: {RoleCheck.ForbiddenMessage(role!)}"));
            }
        }

        return default;
    }

    private static bool ReadsAreClosed(ValidationContext context) =>
        context.RequestServices?.GetService<IOptions<AuthOptions>>()?.Value.RequireAuthenticatedReads == true;

    /// <summary>
    /// The fields a selection set puts at the root, through inline fragments and fragment spreads. Iterative, and each
    /// named fragment is entered once: a client's document may spread fragments into each other in a cycle (which the
    /// core rules report) or many times over, and this rule runs before those rules have spoken.
    /// </summary>
    private static List<GraphQLField> RootFields(ValidationContext context, GraphQLSelectionSet selectionSet)
    {
        var fields = new List<GraphQLField>();
        var entered = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, GraphQLFragmentDefinition>? fragments = null;
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        fields.Add(field);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread when entered.Add(spread.FragmentName.Name.StringValue):
                        fragments ??= FragmentsByName(context.Document);
                        if (fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment))
                            pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return fields;
    }

    private static Dictionary<string, GraphQLFragmentDefinition> FragmentsByName(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        return fragments;
    }
}
