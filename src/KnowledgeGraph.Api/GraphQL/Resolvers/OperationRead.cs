using GraphQL;
using KnowledgeGraph.Api.GraphQL.Planning;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>
/// The one store read of an operation. The first root resolver to run plans the WHOLE operation and starts
/// <see cref="IGraphStore.ReadAsync"/>; every other root field awaits the same task. It lives in the execution's
/// user context (a fresh one per execution, see <see cref="OperationReadExecution"/>). Queries run serially, but a
/// caller may choose a parallel strategy, so starting the read is guarded by a lock.
/// </summary>
internal sealed class OperationRead
{
    public const string UserContextKey = "KnowledgeGraph.OperationRead";

    private readonly Lock _gate = new();
    private Task<ReadResult>? _result;

    public static Task<ReadResult> ResultAsync(IResolveFieldContext context) => For(context.UserContext).Start(context);

    private static OperationRead For(IDictionary<string, object?> userContext)
    {
        // Without OperationReadExecution (a DocumentExecuter built by hand) the state is added on first use.
        lock (userContext)
        {
            if (userContext.TryGetValue(UserContextKey, out var existing) && existing is OperationRead read)
            {
                return read;
            }

            var created = new OperationRead();
            userContext[UserContextKey] = created;
            return created;
        }
    }

    private Task<ReadResult> Start(IResolveFieldContext context)
    {
        lock (_gate)
        {
            return _result ??= ReadAsync(context);
        }
    }

    private static async Task<ReadResult> ReadAsync(IResolveFieldContext context)
    {
        // Async: a planning error lands in the returned task, like a store error, and every root field sees it.
        var plan = OperationPlanner.Plan(context);
        var store = context.RequestServices?.GetService(typeof(IGraphStore)) as IGraphStore
            ?? throw new InvalidOperationException("No IGraphStore in the request services.");
        return await store.ReadAsync(plan, context.CancellationToken);
    }
}
