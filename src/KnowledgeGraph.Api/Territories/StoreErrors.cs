using GraphQL;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Territories;

/// <summary>A store's refusal as a GraphQL error: its message, <c>extensions.code</c> and its other extensions (suggestions, candidates).</summary>
public static class StoreErrors
{
    public static ExecutionError ToExecutionError(StoreException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = new ExecutionError(exception.Message) { Code = exception.Code };
        if (exception.Extensions is { Count: > 0 } extensions)
        {
            error.Extensions = extensions.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        }

        return error;
    }
}
