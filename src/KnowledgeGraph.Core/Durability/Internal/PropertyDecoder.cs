using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Reads the JSON property map of one label or relationship definition straight from UTF-8 with a forward-only
/// reader: names matched against the declared ones as bytes, enum values returned as the schema's own strings,
/// short strings pooled. Thread-safe (it holds no per-call state).
/// </summary>
internal sealed class PropertyDecoder
{
    /// <summary>What a property map without any value becomes: one shared, never-modified instance.</summary>
    public static readonly IReadOnlyDictionary<string, object> None = new Dictionary<string, object>(0);

    private readonly PropertyDef[] _properties;
    private readonly byte[][] _names;
    private readonly (byte[] Utf8, string Value)[]?[] _enumValues;

    [ThreadStatic]
    private static object?[]? t_scratch;

    public PropertyDecoder(IReadOnlyList<PropertyDef> properties)
    {
        _properties = [.. properties];
        _names = [.. _properties.Select(p => Encoding.UTF8.GetBytes(p.Name))];
        _enumValues = [.. _properties.Select(p => p.Enum?.Values.Select(v => (Encoding.UTF8.GetBytes(v), v)).ToArray())];
    }

    /// <summary>
    /// The property map of <paramref name="json"/>, plus <c>id</c> when <paramref name="id"/> is given. Names the
    /// schema no longer declares are left out and added to <paramref name="unknown"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object> Decode(ReadOnlySpan<byte> json, string? id, StringPool pool, Action<string> unknown)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid("expected a JSON object");
        }

        // Values are gathered first so the dictionary is created at its exact size.
        var scratch = t_scratch ??= new object?[64];
        if (scratch.Length < _properties.Length)
        {
            scratch = t_scratch = new object?[_properties.Length];
        }

        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = IndexOf(ref reader);
                if (index < 0)
                {
                    unknown(reader.GetString()!);
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                reader.Read();
                count += scratch[index] is null ? 1 : 0;
                scratch[index] = Value(ref reader, index, pool);
            }

            if (count == 0 && id is null)
            {
                return None;
            }

            var values = new Dictionary<string, object>(count + (id is null ? 0 : 1), StringComparer.Ordinal);
            if (id is not null)
            {
                values[GraphSchema.IdProperty] = id;
            }

            for (var i = 0; i < _properties.Length; i++)
            {
                if (scratch[i] is { } value && (id is null || _properties[i].Name != GraphSchema.IdProperty))
                {
                    values[_properties[i].Name] = value;
                }
            }

            return values;
        }
        finally
        {
            Array.Clear(scratch, 0, _properties.Length);
        }
    }

    private int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private object Value(ref Utf8JsonReader reader, int index, StringPool pool)
    {
        var property = _properties[index];
        if (property.IsList)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Invalid($"expected a list for {property.Name}");
            }

            var items = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(Text(ref reader, index, pool));
            }

            items.TrimExcess();
            return items;
        }

        return property.Kind switch
        {
            ValueKind.Int when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var l) => SharedBoxes.Of(l),
            ValueKind.Float when reader.TokenType == JsonTokenType.Number => reader.GetDouble(),
            ValueKind.Boolean when reader.TokenType is JsonTokenType.True or JsonTokenType.False => SharedBoxes.Of(reader.GetBoolean()),
            ValueKind.Int or ValueKind.Float or ValueKind.Boolean => throw Invalid($"{property.Name} is not a {property.Kind}"),
            _ => Text(ref reader, index, pool),
        };
    }

    private string Text(ref Utf8JsonReader reader, int index, StringPool pool)
    {
        var property = _properties[index];
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Invalid($"expected a string in {property.Name}");
        }

        if (_enumValues[index] is { } enumValues)
        {
            foreach (var (utf8, value) in enumValues)
            {
                if (reader.ValueTextEquals(utf8))
                {
                    return value;
                }
            }

            throw Invalid($"'{reader.GetString()}' is not a {property.Enum!.Name} value");
        }

        // Values repeat across rows (source, list items, and in generated data names and descriptions too).
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > StringPool.MaxLength)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[StringPool.MaxLength];
        return pool.Get(chars[..reader.CopyString(chars)]);
    }

    private static JsonException Invalid(string problem) => new($"Unreadable property map: {problem}.");
}
