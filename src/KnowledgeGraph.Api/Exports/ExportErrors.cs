using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Errors;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// A refused export, answered in the same shape as every error of the API (the GraphQL endpoint's):
/// <c>{"errors":[{"message": "…", "extensions": {"code": "…"}}]}</c>, <c>application/json</c>, with its HTTP status.
/// </summary>
public sealed class ExportHttpError(int statusCode, string code, string message) : GraphQLHttpError(statusCode, code, message);

public static class ExportErrors
{
    public const string UnknownExportCode = "UNKNOWN_EXPORT";
    public const string UnknownArgumentCode = "UNKNOWN_ARGUMENT";
    public const string ExportBusyCode = "EXPORT_BUSY";
    public const string ExportFailedCode = "EXPORT_FAILED";

    public static Task WriteAsync(HttpContext context, int status, string code, string message,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        WriteAsync(context, new ExportHttpError(status, code, message) { Extensions = extensions });

    public static Task WriteAsync(HttpContext context, GraphQLHttpError error)
    {
        // A refused export is never cached, whatever the headers set before the refusal.
        context.Response.Headers.Remove("ETag");
        context.Response.Headers.Remove("Content-Disposition");
        context.Response.Headers.CacheControl = "no-store";
        return GraphQLResponseWriter.WriteAsync(context, error, GraphQLMediaTypes.Json);
    }

    public static InvalidQueryException UnknownArgument(string name, string? suggestion, ExportTarget target, IReadOnlyList<string> allowed) =>
        new(UnknownArgumentCode,
            $"Unknown parameter '{name}' for /export/{target.FileName(null)}" +
            (suggestion is null ? "" : $" (did you mean '{suggestion}'?)") +
            $"; it takes: {string.Join(", ", allowed)}.");
}
