using System.Text.Json;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Property maps as JSON objects in the file. The schema gives each value's type back on reading (Int as long,
/// Float as double, enums as the schema's own strings); <c>id</c> lives in its own column and is not repeated.
/// </summary>
internal sealed class PropertyJson
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    public static string Encode(IReadOnlyDictionary<string, object> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
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
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a property map; names the schema no longer declares are left out and reported.</summary>
    public Dictionary<string, object> Decode(string json, IReadOnlyList<PropertyDef> declared, ICollection<string> unknown)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var property = declared.FirstOrDefault(p => string.Equals(p.Name, entry.Name, StringComparison.Ordinal));
            if (property is null)
            {
                unknown.Add(entry.Name);
                continue;
            }

            values[property.Name] = property.IsList
                ? entry.Value.EnumerateArray().Select(item => Text(property, item)).ToList()
                : Scalar(property, entry.Value);
        }

        return values;
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

    private object Scalar(PropertyDef property, JsonElement element) => property.Kind switch
    {
        ValueKind.Int => element.GetInt64(),
        ValueKind.Float => element.GetDouble(),
        ValueKind.Boolean => element.GetBoolean(),
        _ => Text(property, element),
    };

    private string Text(PropertyDef property, JsonElement element)
    {
        var text = element.GetString() ?? throw new JsonException($"{property.Name} holds null.");
        if (property.Enum is { } enumDef)
        {
            return enumDef.Values.FirstOrDefault(v => v == text)
                ?? throw new JsonException($"'{text}' is not a {enumDef.Name} value.");
        }

        // Values such as source repeat across thousands of nodes: keep one string each.
        if (text.Length <= 32)
        {
            if (_pool.TryGetValue(text, out var pooled))
            {
                return pooled;
            }

            _pool[text] = text;
        }

        return text;
    }
}
