using System.Collections;
using System.Text.Json;

namespace KnowledgeGraph.Api.Caching;

/// <summary>Writes request variables as JSON with object keys in ordinal order, so equal variables give equal text.</summary>
public static class CanonicalJson
{
    /// <summary>The text of no variables.</summary>
    public const string Empty = "{}";

    public static string Write(IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null || variables.Count == 0)
            return Empty;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteValue(writer, variables);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// The text of the variables an operation declares; the others cannot change its answer (GraphQL ignores them), so a
    /// client does not make a new cache entry, or make the service print and hash a large value, by adding some.
    /// </summary>
    public static string Write(IReadOnlyDictionary<string, object?>? variables, IReadOnlySet<string> declared)
    {
        if (variables is null || variables.Count == 0 || declared.Count == 0)
            return Empty;
        var used = variables.Where(variable => declared.Contains(variable.Key)).ToDictionary();
        return Write(used);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                // Numbers, booleans and other scalars: their own JSON form.
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
