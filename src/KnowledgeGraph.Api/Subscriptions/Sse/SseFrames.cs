using System.Text;

namespace KnowledgeGraph.Api.Subscriptions.Sse;

/// <summary>The event-stream messages of the graphql-sse protocol (distinct connections mode).</summary>
internal static class SseFrames
{
    public const string MediaType = "text/event-stream";

    /// <summary><c>complete</c>, with the empty <c>data:</c> line that browsers' EventSource needs to dispatch it.</summary>
    public static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();

    /// <summary>A comment line: keeps proxies and clients from closing an idle stream.</summary>
    public static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    /// <summary><c>next</c> with one execution result; the JSON is compact (no line breaks), so it is one <c>data:</c> line.</summary>
    public static byte[] Next(string json)
    {
        ReadOnlySpan<byte> head = "event: next\ndata: "u8;
        var bytes = new byte[head.Length + Encoding.UTF8.GetByteCount(json) + 2];
        head.CopyTo(bytes);
        Encoding.UTF8.GetBytes(json, bytes.AsSpan(head.Length));
        bytes[^2] = (byte)'\n';
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
