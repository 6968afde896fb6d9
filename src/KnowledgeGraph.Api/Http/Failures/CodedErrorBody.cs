using System.Text.Json;

namespace KnowledgeGraph.Api.Http.Failures;

/// <summary>
/// Writes the one error shape every door of the service answers with: <c>{"errors":[{"message","extensions":{"code"}}]}</c>
/// as <c>application/json</c>. The message is always the service's own text, never an exception's.
/// </summary>
public static class CodedErrorBody
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = $"{GraphQLMediaTypes.Json}; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
