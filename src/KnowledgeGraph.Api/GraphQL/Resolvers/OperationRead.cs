using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Planning;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Api.Territories;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>
/// The one store read of an operation. Whoever asks first (the direct strategy, or the first root resolver) plans the
/// WHOLE operation and starts <see cref="IGraphStore.ReadAsync"/>; every later asker awaits the same task, failed or
/// not. It lives in the execution's user context (a fresh one per execution, see <see cref="OperationReadExecution"/>).
/// Queries run serially, but a caller may choose a parallel strategy, so starting the read is guarded by a lock.
/// </summary>
internal sealed class OperationRead
{
    public const string UserContextKey = "KnowledgeGraph.OperationRead";

    private readonly Lock _gate = new();
    private Task<ReadResult>? _result;

    public static Task<ReadResult> ResultAsync(IResolveFieldContext context) =>
        For(context.UserContext).Start(new ReadRequest(context.Schema, context.Document, context.Operation, context.Variables,
            context.RequestServices, context.CancellationToken));

    public static Task<ReadResult> ResultAsync(ExecutionContext context) =>
        For(context.UserContext).Start(new ReadRequest(context.Schema, context.Document, context.Operation, context.Variables,
            context.RequestServices, context.CancellationToken));

    private static OperationRead For(IDictionary<string, object?> userContext)
    {
        // OperationReadExecution put it there before execution began: no lock needed to read it (locking the
        // dictionary costs a sync block per request, contended under load).
        if (userContext.TryGetValue(UserContextKey, out var prepared) && prepared is OperationRead ready)
        {
            return ready;
        }

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

    private Task<ReadResult> Start(ReadRequest request)
    {
        lock (_gate)
        {
            return _result ??= ReadAsync(request);
        }
    }

    private static async Task<ReadResult> ReadAsync(ReadRequest request)
    {
        // Async: a planning error lands in the returned task, like a store error, and every asker sees it.
        var plan = PlanCache.Plan((KnowledgeGraphGraphQLSchema)request.Schema, request.Document, request.Operation, request.Variables);
        var store = request.Services?.GetService(typeof(IGraphStore)) as IGraphStore
            ?? throw new InvalidOperationException("No IGraphStore in the request services.");
        if (request.Services?.GetService(typeof(TerritoryDirectorySource)) is TerritoryDirectorySource territories)
        {
            plan = await territories.ResolveAsync(plan, store, request.CancellationToken);
        }

        return await store.ReadAsync(plan, request.CancellationToken);
    }

    private readonly record struct ReadRequest(
        ISchema Schema,
        GraphQLDocument Document,
        GraphQLOperationDefinition Operation,
        Variables? Variables,
        IServiceProvider? Services,
        CancellationToken CancellationToken);
}
