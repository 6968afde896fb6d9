using GraphQL;
using GraphQL.DI;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Gives every execution its own <see cref="OperationRead"/>, even when a caller reuses a user context.</summary>
internal sealed class OperationReadExecution : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.UserContext[OperationRead.UserContextKey] = new OperationRead();
        return next(options);
    }
}
