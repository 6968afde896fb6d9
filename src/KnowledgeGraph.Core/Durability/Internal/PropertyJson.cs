using System.Text.Json;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Property maps as JSON objects in the file (read back by <see cref="PropertyDecoder"/>, which takes each value's
/// type from the schema); <c>id</c> lives in its own column and is not repeated.
/// </summary>
internal static class PropertyJson
{
    public static string Encode(IReadOnlyDictionary<string, object> properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, properties);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a property map as one JSON object (<c>id</c> left out) and flushes the writer.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object> properties)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            if (name == GraphSchema.IdProperty)
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case IEnumerable<string> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A property value of type {value.GetType().Name} cannot be stored.", nameof(value));
        }
    }
}
