using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Http;

/// <summary>Turns a POST body or a GET query string into a <see cref="GraphQLHttpRequest"/>, refusing malformed ones.</summary>
public static class GraphQLRequestReader
{
    /// <summary>A document longer than this (UTF-8 bytes, as sent) goes through <see cref="GraphQLHttpOptions.LargeDocumentCheck"/> first.</summary>
    public const int LargeDocumentBytes = 32 * 1024;

    public static GraphQLHttpRequest FromJsonBody(JsonElement body, IGraphQLSerializer serializer,
        Func<ReadOnlyMemory<char>, ExecutionError?>? largeDocumentCheck = null) =>
        InvalidUnicodeAsError(() => ReadJsonBody(body, serializer, largeDocumentCheck));

    public static GraphQLHttpRequest FromQueryString(IQueryCollection parameters, IGraphQLSerializer serializer) =>
        InvalidUnicodeAsError(() => ReadQueryString(parameters, serializer));

    /// <summary>System.Text.Json throws InvalidOperationException for an escaped lone surrogate (<c>"\ud800"</c>) when the string is read.</summary>
    private static GraphQLHttpRequest InvalidUnicodeAsError(Func<GraphQLHttpRequest> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException { InnerException: InvalidOperationException })
        {
            throw new InvalidJsonError("The request holds a JSON string that is not valid Unicode (an escaped lone surrogate).");
        }
        catch (JsonException)
        {
            // GraphQL.NET's converters refuse a value they cannot read (a number too large, a too deep value).
            throw new InvalidJsonError("The request holds a JSON value that cannot be read as GraphQL input.");
        }
    }

    private static GraphQLHttpRequest ReadJsonBody(JsonElement body, IGraphQLSerializer serializer, Func<ReadOnlyMemory<char>, ExecutionError?>? largeDocumentCheck)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new InvalidRequestError("The request body must be a JSON object with a 'query' string.");
        var documentId = OptionalString(body, "documentId");
        var extensions = OptionalMap(body, "extensions", serializer);
        var omitted = !body.TryGetProperty("query", out var q) || (q.ValueKind == JsonValueKind.Null && NamesPersistedDocument(documentId, extensions));
        if (omitted ? !NamesPersistedDocument(documentId, extensions) : q.ValueKind != JsonValueKind.String)
            throw new InvalidRequestError("The 'query' parameter is required and must be a string.");
        if (!omitted && largeDocumentCheck is not null && documentId is null && extensions?.ContainsKey("persistedQuery") != true
            && EarlyRefusal(q, largeDocumentCheck) is { } refusal)
        {
            // Nothing else of the request is read: it answers the refusal.
            return new GraphQLHttpRequest("", OptionalString(body, "operationName"), null, extensions) { EarlyRefusal = refusal };
        }
        var query = omitted ? null : q.GetString()!;
        return new GraphQLHttpRequest(
            query ?? "",
            OptionalString(body, "operationName"),
            Variables(body, query, serializer),
            extensions) { DocumentId = documentId, QueryOmitted = omitted };
    }

    private static GraphQLHttpRequest ReadQueryString(IQueryCollection parameters, IGraphQLSerializer serializer)
    {
        var documentId = Single(parameters, "documentId") is { Length: > 0 } id ? id : null;
        var extensions = JsonMapParameter(parameters, "extensions", serializer);
        var query = Single(parameters, "query");
        if (query is null && !NamesPersistedDocument(documentId, extensions))
            throw new InvalidRequestError("The 'query' parameter is required.");
        var operationName = Single(parameters, "operationName");
        return new GraphQLHttpRequest(
            query ?? "",
            string.IsNullOrEmpty(operationName) ? null : operationName,
            JsonMapParameter(parameters, "variables", serializer),
            extensions) { DocumentId = documentId, QueryOmitted = query is null };
    }

    /// <summary>A persisted document stands for the query: by <c>documentId</c>, or by Apollo's <c>extensions.persistedQuery</c>.</summary>
    private static bool NamesPersistedDocument(string? documentId, Inputs? extensions) =>
        documentId is not null || extensions?.ContainsKey("persistedQuery") == true;

    private static string? OptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new InvalidRequestError($"The '{name}' parameter must be a string.");
        var text = value.GetString();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static Inputs? OptionalMap(JsonElement body, string name, IGraphQLSerializer serializer)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Object)
            throw new InvalidRequestError($"The '{name}' parameter must be a JSON object.");
        return serializer.ReadNode<Inputs>(value);
    }

    /// <summary>
    /// The request's variables, without those the document never mentions (<see cref="VariableMentions"/>); all of them
    /// when the document is not in the request (a persisted document's text is found later).
    /// </summary>
    private static Inputs? Variables(JsonElement body, string? query, IGraphQLSerializer serializer)
    {
        if (query is null || !body.TryGetProperty("variables", out var value) || value.ValueKind != JsonValueKind.Object)
            return OptionalMap(body, "variables", serializer);
        var unused = false;
        foreach (var variable in value.EnumerateObject())
            unused |= !VariableMentions.IsMentioned(query, variable.Name);
        if (!unused)
            return serializer.ReadNode<Inputs>(value);
        var kept = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(kept))
        {
            writer.WriteStartObject();
            foreach (var variable in value.EnumerateObject())
            {
                if (VariableMentions.IsMentioned(query, variable.Name))
                    variable.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(kept.WrittenMemory);
        return serializer.ReadNode<Inputs>(document.RootElement);
    }

    /// <summary>A large document checked on a pooled copy of its text, so that a refused one never becomes a string.</summary>
    private static ExecutionError? EarlyRefusal(JsonElement query, Func<ReadOnlyMemory<char>, ExecutionError?> check)
    {
        var raw = JsonMarshal.GetRawUtf8Value(query); // the JSON string as sent, quotes and escapes included
        if (raw.Length <= LargeDocumentBytes)
            return null;
        var chars = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var reader = new Utf8JsonReader(raw);
            reader.Read();
            var length = reader.CopyString(chars);
            return check(chars.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values)) return null;
        return values.Count == 1
            ? values[0]
            : throw new InvalidRequestError($"The '{name}' parameter must be given once.");
    }

    private static Inputs? JsonMapParameter(IQueryCollection parameters, string name, IGraphQLSerializer serializer)
    {
        var text = Single(parameters, name);
        if (string.IsNullOrEmpty(text)) return null;
        JsonDocument document;
        try
        {
            JsonUnicode.EnsureValid(System.Text.Encoding.UTF8.GetBytes(text));
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new InvalidJsonError($"The '{name}' parameter is not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null) return null;
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidRequestError($"The '{name}' parameter must be a JSON object.");
            return serializer.ReadNode<Inputs>(document.RootElement);
        }
    }
}
