using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Paging;

/// <summary>
/// Keyset cursors, one format for every store: base64url of the JSON array [order signature, key values…, id], and in
/// a nested connection along a relationship with identifying properties (<see cref="RelationshipSelection.EdgeKey"/>)
/// a last item, the edge key [values…] that tells parallel edges to one node apart. The signature names the label and
/// the keys ("Actor;name:A", "Alliance;territories.name:A", "Actor;#alliances:D"); text values are in normal form, Int
/// values (and counts) integers, Float values doubles. Cursors name a position in the order, not an offset, so pages
/// stay correct while the data changes. A cursor made under another order is INVALID_CURSOR; one of such a nested
/// connection without an edge key (issued before edges carried one) is read as the position before every edge to its
/// node.
/// </summary>
public static class CursorCodec
{
    public const string InvalidCursorCode = "INVALID_CURSOR";

    // One JSON writer and buffer per thread, reused: a cursor is a few dozen bytes, the writer costs more than that.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string Signature(LabelDef label, IReadOnlyList<OrderKey> order)
    {
        if (order.Count == 0)
        {
            return label.Name;
        }

        var signature = new StringBuilder(label.Name);
        foreach (var key in order)
        {
            signature.Append(';').Append(key.Path).Append(':').Append(key.Direction == SortDirection.Descending ? 'D' : 'A');
        }

        return signature.ToString();
    }

    /// <param name="edgeKey">The properties of the position's <see cref="CursorPosition.EdgeKey"/>, in a nested
    /// connection whose relationship has identifying properties; null or empty elsewhere.</param>
    public static string Encode(LabelDef label, IReadOnlyList<OrderKey> order, CursorPosition position, IReadOnlyList<PropertyDef>? edgeKey = null)
    {
        var keys = new object?[order.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = position.Keys[k];
        }

        edgeKey ??= [];
        var edgeValues = edgeKey.Count == 0
            ? []
            : position.EdgeKey?.ToArray() ?? throw new ArgumentException("The position of an edge has no edge key.", nameof(position));
        return Encode(Signature(label, order), order, keys, position.Id, edgeKey, edgeValues);
    }

    /// <summary>
    /// The cursor of a position under an order whose <see cref="Signature"/> the caller computed once, with its edge
    /// key's values when <paramref name="edgeKey"/> is not empty; the same text as
    /// <see cref="Encode(LabelDef, IReadOnlyList{OrderKey}, CursorPosition, IReadOnlyList{PropertyDef})"/>.
    /// </summary>
    public static string Encode(
        string signature, IReadOnlyList<OrderKey> order, ReadOnlySpan<object?> keys, string id,
        IReadOnlyList<PropertyDef> edgeKey, ReadOnlySpan<object?> edgeValues)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        writer.WriteStringValue(signature);
        for (var k = 0; k < order.Count; k++)
        {
            Write(writer, order[k].Property, keys[k]);
        }

        writer.WriteStringValue(id);
        if (edgeKey.Count > 0)
        {
            writer.WriteStartArray();
            for (var k = 0; k < edgeKey.Count; k++)
            {
                Write(writer, edgeKey[k], edgeValues[k]);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.Flush();
        var cursor = Base64Url.EncodeToString(buffer.WrittenSpan);
        if (buffer.Capacity > 16 * 1024)
        {
            t_buffer = null; // an unusually long key: do not keep its buffer for the thread's lifetime
            t_writer = null;
        }

        return cursor;
    }

    /// <summary>
    /// Reads a cursor issued under this label and order (and <paramref name="edgeKey"/>, see
    /// <see cref="Encode(LabelDef, IReadOnlyList{OrderKey}, CursorPosition, IReadOnlyList{PropertyDef})"/>); numbers
    /// come back as doubles. A cursor without the edge key the connection has decodes with none.
    /// </summary>
    public static CursorPosition Decode(LabelDef label, IReadOnlyList<OrderKey> order, string cursor, IReadOnlyList<PropertyDef>? edgeKey = null)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = document.RootElement;
            var withEdgeKey = edgeKey is { Count: > 0 } && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == order.Count + 3;
            if (items.ValueKind != JsonValueKind.Array || (items.GetArrayLength() != order.Count + 2 && !withEdgeKey)
                || items[0].ValueKind != JsonValueKind.String || items[0].GetString() != Signature(label, order)
                || items[order.Count + 1].ValueKind != JsonValueKind.String)
            {
                throw Invalid(cursor);
            }

            var values = new object?[order.Count];
            for (var k = 0; k < order.Count; k++)
            {
                values[k] = Value(order[k].Property, items[k + 1], cursor);
            }

            return new CursorPosition(values, items[order.Count + 1].GetString()!)
            {
                EdgeKey = withEdgeKey ? EdgeValues(edgeKey!, items[order.Count + 2], cursor) : null,
            };
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw Invalid(cursor);
        }
    }

    private static object?[] EdgeValues(IReadOnlyList<PropertyDef> edgeKey, JsonElement element, string cursor)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != edgeKey.Count)
        {
            throw Invalid(cursor);
        }

        var values = new object?[edgeKey.Count];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = Value(edgeKey[k], element[k], cursor);
        }

        return values;
    }

    // The item's value, of the property's kind or null; anything else is not a cursor of ours.
    private static object? Value(PropertyDef property, JsonElement item, string cursor) =>
        Read(property, item) ?? (item.ValueKind == JsonValueKind.Null ? null : throw Invalid(cursor));

    private static void Write(Utf8JsonWriter writer, PropertyDef property, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case long or int or double or float when property.Kind == ValueKind.Int: writer.WriteNumberValue((long)Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case long or int or double or float: writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            default: throw new ArgumentException($"A sort value of type {value.GetType().Name} cannot go into a cursor.", nameof(value));
        }
    }

    private static object? Read(PropertyDef property, JsonElement element) => (property.Kind, element.ValueKind) switch
    {
        (ValueKind.String or ValueKind.Enum, JsonValueKind.String) => element.GetString(),
        (ValueKind.Int or ValueKind.Float, JsonValueKind.Number) => element.GetDouble(),
        (ValueKind.Boolean, JsonValueKind.True) => true,
        (ValueKind.Boolean, JsonValueKind.False) => false,
        _ => null,
    };

    private static InvalidQueryException Invalid(string cursor) =>
        new(InvalidCursorCode, $"The cursor '{cursor}' is not valid for this field and order.");
}
