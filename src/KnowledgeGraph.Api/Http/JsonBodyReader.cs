using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Api.Http.Errors;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Reads a POST body as one UTF-8 JSON document, checking its Content-Type and size first.</summary>
public static class JsonBodyReader
{
    public static async Task<JsonDocument> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(request.ContentType);
        if (request.ContentLength > maxBytes)
            throw new PayloadTooLargeError(maxBytes);
        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        // The JSON reader checks UTF-8 only when a string is read, and then throws InvalidOperationException.
        if (!Utf8.IsValid(body.Span))
            throw new InvalidJsonError("The request body is not valid UTF-8.");
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new InvalidJsonError($"The request body is not valid JSON: {e.Message}");
        }
    }

    private static void EnsureJsonContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            throw new UnsupportedMediaTypeError(contentType);
        var charset = parsed.Charset.Value?.Trim('"');
        var isJson = parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase);
        var isUtf8 = charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        if (!isJson || !isUtf8)
            throw new UnsupportedMediaTypeError(contentType);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new PayloadTooLargeError(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
