using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Http;

/// <summary>A POST body's bytes in a pooled buffer, returned to the pool on dispose; parsed as JSON only on demand.</summary>
public sealed class JsonBody : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    internal JsonBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, _length);

    /// <summary>The body as one JSON document, which reads this buffer: dispose the document before this body.</summary>
    public JsonDocument Parse()
    {
        var body = Buffer.AsMemory(0, _length);
        // The JSON reader checks UTF-8 only when a string is read, and then throws InvalidOperationException.
        if (!Utf8.IsValid(body.Span))
            throw new InvalidJsonError("The request body is not valid UTF-8.");
        JsonUnicode.EnsureValid(body.Span);
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new InvalidJsonError($"The request body is not valid JSON: {e.Message}");
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
            ArrayPool<byte>.Shared.Return(buffer);
    }

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(JsonBody));
}
