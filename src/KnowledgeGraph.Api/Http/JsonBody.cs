using System.Buffers;
using System.Text.Json;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// A parsed request body and the pooled buffer it was read into: the document reads the buffer for as long as it
/// lives, so the buffer goes back to the pool only when both are done.
/// </summary>
public sealed class JsonBody : IDisposable
{
    private byte[]? _buffer;

    internal JsonBody(JsonDocument document, byte[] buffer)
    {
        Document = document;
        _buffer = buffer;
    }

    public JsonDocument Document { get; }

    public JsonElement RootElement => Document.RootElement;

    public void Dispose()
    {
        Document.Dispose();
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
            ArrayPool<byte>.Shared.Return(buffer);
    }
}
