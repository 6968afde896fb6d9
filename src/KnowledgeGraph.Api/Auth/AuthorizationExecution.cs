using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Auth;

/// <summary>
/// Adds <see cref="AuthorizationValidationRule"/> to an execution's validation rules, unless the parsed document's
/// selected operation is a query while reads are open: the rule has nothing to check then, and any rule at all makes
/// GraphQL.NET's validator walk the whole document (with the limits skipped on a kept document, this rule was the
/// only one left).
/// </summary>
internal sealed class AuthorizationExecution(IOptions<AuthOptions> options) : IConfigureExecution
{
    private readonly bool _readsAreOpen = !options.Value.RequireAuthenticatedReads;

    public float SortOrder => 50;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (!(_readsAreOpen && SelectsAQuery(options)))
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(AuthorizationValidationRule.Instance);
        return next(options);
    }

    /// <summary>Whether the request's parsed document selects a query (false when that is not known).</summary>
    private static bool SelectsAQuery(ExecutionOptions options) =>
        options.Document is { } document
        // Several operations and no name: the executer refuses it, and the rule runs as well.
        && (!string.IsNullOrEmpty(options.OperationName) || document.OperationsCount() == 1)
        && document.OperationWithName(options.OperationName)?.Operation == OperationType.Query;
}
