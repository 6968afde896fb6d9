using System.Text.Json;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// The <c>key</c> column of a relationship row: the values of its identifying properties as a JSON array in the
/// definition's order (<c>["PARTNER",2019]</c>, null where absent), or empty when its type has none. With type and
/// ends it is the row's unique key, so parallel relationships are separate rows and a delete removes only its own.
/// </summary>
internal static class RelationshipKeyText
{
    public static string Of(RelationshipRecord relationship)
    {
        var identifying = relationship.Definition.IdentifyingProperties;
        if (identifying.Count == 0)
        {
            return string.Empty;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var property in identifying)
            {
                switch (relationship.Properties.GetValueOrDefault(property.Name))
                {
                    case null:
                        writer.WriteNullValue();
                        break;
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
                    case var other:
                        throw new ArgumentException($"An identifying value of type {other.GetType().Name} cannot be stored.", nameof(relationship));
                }
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
