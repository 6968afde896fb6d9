using GraphQL;
using GraphQL.Resolvers;
using KnowledgeGraph.Api.GraphQL.Planning;
using KnowledgeGraph.Api.Territories;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Every root field: awaits the operation's one read and returns its root by response key.</summary>
internal sealed partial class RootFieldResolver : IFieldResolver
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    public static RootFieldResolver Instance { get; } = new();

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        try
        {
            var result = await OperationRead.ResultAsync(context);
            return result.Roots.GetValueOrDefault(ResponseKey.Of(context.FieldAst));
        }
        catch (PlanningException exception)
        {
            throw new ExecutionError(exception.Message) { Code = exception.Code };
        }
        catch (StoreException exception)
        {
            // Store codes and messages are written for clients: unknown id, bad cursor, database unavailable.
            throw StoreErrors.ToExecutionError(exception);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogUnexpected(Logger(context), context.FieldAst.Name.StringValue, exception);
            throw new ExecutionError("Internal server error.") { Code = InternalServerError };
        }
    }

    private static ILogger Logger(IResolveFieldContext context) =>
        context.RequestServices?.GetService(typeof(ILogger<RootFieldResolver>)) as ILogger ?? NullLogger.Instance;

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the graph failed while resolving root field {Field}.")]
    private static partial void LogUnexpected(ILogger logger, string field, Exception exception);
}
