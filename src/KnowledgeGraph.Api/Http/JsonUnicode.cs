using System.Text.Json;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Refuses JSON whose escaped strings (values or member names) are not valid Unicode, such as a lone surrogate
/// <c>"\ud800"</c>. System.Text.Json accepts them when it parses and throws only when such a string is read, wherever
/// that happens (the request reader, GraphQL.NET's variable converter, a resolver); checking every escaped string once,
/// where client JSON enters, keeps them out of the whole service. Raw bytes are checked for UTF-8 separately.
/// </summary>
public static class JsonUnicode
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>Throws <see cref="InvalidJsonError"/> naming the place of the first invalid escaped string.</summary>
    public static void EnsureValid(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                    _ = reader.GetString();
            }
        }
        catch (InvalidOperationException)
        {
            throw new InvalidJsonError(
                $"The JSON holds a string that is not valid Unicode (an escaped lone surrogate) at byte {reader.TokenStartIndex}.");
        }
        catch (JsonException)
        {
            // Malformed JSON: the parser that follows reports it with its own message.
        }
    }
}
