using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>
/// Executes an operation received over SSE or WebSocket exactly as the HTTP endpoint does (same executer, so the same
/// depth, cost, alias and role rules), for the connection's user. A subscription's result carries its stream in
/// <see cref="ExecutionResult.Streams"/>; the stream lives on after this returns, until it is disposed.
/// </summary>
internal sealed partial class OperationRunner(ILogger<OperationRunner> logger)
{
    public Task<ExecutionResult> ExecuteAsync(
        IServiceProvider services, ClaimsPrincipal user, GraphQLHttpRequest request, bool readOnly, CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = unhandled =>
            {
                unhandled.Exception = UnhandledErrors.ToClientError(unhandled, logger);
                return Task.CompletedTask;
            },
        };
        if (readOnly)
            options.ValidationRules = DocumentValidator.CoreRules.Append(NoMutationValidationRule.Instance);
        return services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options);
    }

    /// <summary>A result that is a refusal before execution (parse or validation errors): graphql-ws sends it as <c>error</c>.</summary>
    public static bool IsRefusal(ExecutionResult result) => !result.Executed && result.Errors is { Count: > 0 };
}
