using System.Buffers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Subscriptions.WebSockets;

/// <summary>The messages the server sends in the graphql-transport-ws protocol, as UTF-8 JSON.</summary>
internal static class GraphQLWsMessages
{
    public static readonly byte[] ConnectionAck = """{"type":"connection_ack"}"""u8.ToArray();
    public static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();

    /// <summary><c>next</c> with a serialized execution result.</summary>
    public static byte[] Next(string id, string resultJson) => WithPayload("next", id, resultJson);

    /// <summary><c>error</c> with a JSON array of GraphQL errors (the operation was refused before it ran).</summary>
    public static byte[] Error(string id, string errorsJson) => WithPayload("error", id, errorsJson);

    public static byte[] Complete(string id) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "complete");
    });

    private static byte[] WithPayload(string type, string id, string payloadJson) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", type);
        writer.WritePropertyName("payload");
        writer.WriteRawValue(payloadJson, skipInputValidation: true);
    });

    private static byte[] Write(Action<Utf8JsonWriter> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The <c>errors</c> array of a serialized result (a refusal has nothing else).</summary>
    public static string ErrorsOf(string resultJson)
    {
        using var document = JsonDocument.Parse(resultJson);
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    public static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
