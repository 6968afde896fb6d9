using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>A <see cref="GraphChange"/> as JSON, the form it travels in between instances.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(GraphChange))]
internal sealed partial class GraphChangeJson : JsonSerializerContext
{
    public static byte[] Write(GraphChange change) => JsonSerializer.SerializeToUtf8Bytes(change, Default.GraphChange);

    /// <summary>The change, or null for a message that is not one.</summary>
    public static GraphChange? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, Default.GraphChange);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
