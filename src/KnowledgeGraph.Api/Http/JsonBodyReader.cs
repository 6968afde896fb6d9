using System.Buffers;
using KnowledgeGraph.Api.Http.Errors;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Reads a POST body that claims to be UTF-8 JSON, checking its Content-Type and size first.</summary>
public static class JsonBodyReader
{
    public static async ValueTask<JsonBody> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(request.ContentType);
        if (request.ContentLength > maxBytes)
            throw new PayloadTooLargeError(maxBytes);
        var (buffer, length) = await ReadBoundedAsync(request.Body, request.ContentLength, maxBytes, cancellationToken);
        return new JsonBody(buffer, length);
    }

    /// <summary>
    /// Reads and discards what is left of a refused body, up to <paramref name="maxBytes"/>, so that a client still
    /// sending it gets the error answer instead of a reset connection; past that bound the connection may close.
    /// </summary>
    public static async Task DrainAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return;
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long drained = 0;
            int read;
            while (drained <= maxBytes && (read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
                drained += read;
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            // The client went away or sent a malformed body: nothing more to read.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
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

    /// <summary>The body in a pooled buffer (sized from Content-Length when the client sent one), and its length.</summary>
    private static async ValueTask<(byte[] Buffer, int Length)> ReadBoundedAsync(
        Stream body, long? contentLength, long maxBytes, CancellationToken cancellationToken)
    {
        // One byte more than the expected body, so that the end of the body is seen without growing the buffer.
        var expected = Math.Min(Math.Max(contentLength ?? 0, 4 * 1024), Math.Min(maxBytes, Array.MaxLength - 1));
        var buffer = ArrayPool<byte>.Shared.Rent((int)expected + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                    throw new PayloadTooLargeError(maxBytes);
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Math.Min(maxBytes + 1, Array.MaxLength)));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
