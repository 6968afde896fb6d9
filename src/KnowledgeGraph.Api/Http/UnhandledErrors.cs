using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Http;

/// <summary>What a client sees of an exception thrown during execution: a stable code, never the exception's text.</summary>
public static partial class UnhandledErrors
{
    public const string InternalServerErrorCode = "INTERNAL_SERVER_ERROR";

    public static ExecutionError ToClientError(UnhandledExceptionContext context, ILogger logger)
    {
        var exception = context.OriginalException;
        var field = context.FieldContext?.FieldDefinition.Name;
        if (exception is StoreException store)
        {
            LogStoreError(logger, store.Code, field, exception);
            // Store codes and messages are written for clients (unknown id, bad cursor, database unavailable).
            return new ExecutionError(store.Message) { Code = store.Code };
        }
        LogUnhandled(logger, field, exception);
        return new ExecutionError("Internal server error.") { Code = InternalServerErrorCode };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while executing GraphQL field {Field}.")]
    private static partial void LogUnhandled(ILogger logger, string? field, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store error {Code} while executing GraphQL field {Field}.")]
    private static partial void LogStoreError(ILogger logger, string code, string? field, Exception exception);
}
