using GraphQL;
using KnowledgeGraph.Api.Http.Errors;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Writes a GraphQL response (a result, or a refused request as <c>{ errors }</c>) with its status and media type.</summary>
public static class GraphQLResponseWriter
{
    public static Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        var allow = result.Errors?.OfType<IHttpStatusError>().FirstOrDefault()?.Allow;
        if (result.Errors?.OfType<IRetryAfterError>().FirstOrDefault() is { } retry)
            context.Response.Headers[HeaderNames.RetryAfter] = retry.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, result, mediaType, ResponseStatus.Of(result, mediaType), allow);
    }

    public static Task WriteAsync(HttpContext context, GraphQLHttpError error, string mediaType)
    {
        var executionError = new ExecutionError(error.Message) { Code = error.Code };
        if (error.Extensions is { Count: > 0 } extensions)
        {
            executionError.Extensions = extensions.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        }

        var result = new ExecutionResult { Errors = [executionError] };
        // A 406 answers in a type the client did not ask for anyway: use the widely understood one.
        var type = error is NotAcceptableError ? GraphQLMediaTypes.Json : mediaType;
        return WriteAsync(context, result, type, error.StatusCode, error.Allow);
    }

    private static async Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int status, string? allow)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = $"{mediaType}; charset=utf-8";
        if (allow is not null)
            response.Headers[HeaderNames.Allow] = allow;
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }
}
