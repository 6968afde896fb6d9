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

    private static IEnumerable<GraphQLField> RootFields(ValidationContext context, GraphQLSelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => null,
                GraphQLInlineFragment inline => inline.SelectionSet,
                GraphQLFragmentSpread spread => context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name)?.SelectionSet,
                _ => null,
            };
            if (selection is GraphQLField rootField)
            {
                yield return rootField;
            }
            else if (nested is not null)
            {
                foreach (var field in RootFields(context, nested))
                {
                    yield return field;
                }
            }
        }
    }
}
