using GraphQL;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Execution;

/// <summary>
/// Runs one mutation field: checks the caller's role, applies its change set as one atomic write, and returns the
/// payload. A refused change set answers one GraphQL error per problem and a null field: nothing was written.
/// </summary>
internal static class MutationExecutor
{
    public static async Task<object?> ExecuteAsync(
        IResolveFieldContext context, string requiredRole, Func<CancellationToken, Task<ChangeSet>> buildChangeSet, string? writtenNodeId)
    {
        RoleCheck.Demand(context.User, requiredRole);
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        var holder = services.GetRequiredService<GraphStoreHolder>();
        var writer = holder.Writer ?? throw new ExecutionError(
            "This store accepts no writes (KnowledgeGraph:Durable is false).") { Code = MutationErrorCodes.ReadOnly };
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        try
        {
            var changeSet = await buildChangeSet(context.CancellationToken);
            var result = await writer.ApplyAsync(changeSet, new WriteContext(WriterIdentity.Of(context.User), clock.GetUtcNow()), context.CancellationToken);
            var node = writtenNodeId is { Length: > 0 } id && !result.NodesDeleted.Contains(id)
                ? await WrittenNodeReader.ReadAsync(holder.Store, services.GetRequiredService<GraphSchema>(), id, context.CancellationToken)
                : null;
            return new WritePayload(result, node);
        }
        catch (WriteValidationException refused)
        {
            WriteErrorReporter.Report(context, refused);
            return null;
        }
        catch (StoreException failed)
        {
            throw new ExecutionError(failed.Message, failed) { Code = failed.Code };
        }
    }
}
