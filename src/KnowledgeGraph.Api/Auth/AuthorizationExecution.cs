using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace KnowledgeGraph.Api.Auth;

/// <summary>Adds <see cref="AuthorizationValidationRule"/> to every execution's validation rules.</summary>
internal sealed class AuthorizationExecution : IConfigureExecution
{
    public float SortOrder => 50;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(AuthorizationValidationRule.Instance);
        return next(options);
    }
}
