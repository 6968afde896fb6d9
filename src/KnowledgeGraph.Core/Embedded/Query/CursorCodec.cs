using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Keyset cursors: base64url of the JSON array [order signature, key values…, id]. They name a position in the
/// order, not an offset, so they stay meaningful while the data changes.
/// </summary>
internal static class CursorCodec
{
    public static string Encode(ItemOrder order, CursorPosition position)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(order.Signature);
            for (var k = 0; k < position.Values.Length; k++)
            {
                order.Columns[k].WriteSortValue(writer, position.Values[k]);
            }

            writer.WriteStringValue(position.Id);
            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    public static CursorPosition Decode(ItemOrder order, string cursor)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = document.RootElement;
            var keyCount = order.Columns.Count;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != keyCount + 2
                || items[0].ValueKind != JsonValueKind.String || items[0].GetString() != order.Signature
                || items[keyCount + 1].ValueKind != JsonValueKind.String)
            {
                throw Invalid(cursor);
            }

            var values = new object?[keyCount];
            for (var k = 0; k < keyCount; k++)
            {
                if (!order.Columns[k].TryReadSortValue(items[k + 1], out values[k]))
                {
                    throw Invalid(cursor);
                }
            }

            return new CursorPosition(values, items[keyCount + 1].GetString()!);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw Invalid(cursor);
        }
    }

    private static InvalidQueryException Invalid(string cursor) =>
        new("INVALID_CURSOR", $"The cursor '{cursor}' is not valid for this field and order.");
}
