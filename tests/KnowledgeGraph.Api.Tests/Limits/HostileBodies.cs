using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Random and malformed GraphQL-over-HTTP requests from one seeded generator: the same seed, the same requests.</summary>
public sealed class HostileBodies(int seed)
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "...", "|", "&", ",", "query", "mutation", "subscription",
        "fragment", "on", "actors", "alliances", "territories", "nodes", "edges", "node", "pageInfo", "totalCount", "id",
        "name", "where", "order", "first", "last", "after", "before", "search", "text", "__schema", "__type", "__typename",
        "ofType", "fields", "true", "false", "null", "0", "-1", "1000", "1001", "2147483648", "1e309", "-0.0", "\"REG-76\"",
        "\"\"", "\"\\u0000\"", "\"\"\"block\"\"\"", "ASC", "DESC", "eq", "in", "some", "within", "#comment\n", "\u00e9", "\ud83d\ude00",
    ];

    private static readonly string[] Fields = ["query", "operationName", "variables", "extensions"];

    private readonly Random _random = new(seed);

    public HostileRequest Next() => _random.Next(12) switch
    {
        0 => Raw(RandomBytes(_random.Next(0, 2048))),
        1 => Raw(Truncated()),
        2 => Raw(Encoding.UTF8.GetBytes(NestedJsonArrays())),
        3 => Json(new { query = new string('a', _random.Next(1, 300_000)) }),
        4 => Json(new { query = TokenSoup() }),
        5 => Raw(Encoding.UTF8.GetBytes(WrongTypes())),
        6 => Raw(UnicodeEdgeCases()),
        7 => Json(new { query = PlausibleQuery(), variables = new { n = _random.Next(int.MinValue, int.MaxValue) } }),
        8 => Json(new { query = NestedGraphQL() }),
        9 => new HostileRequest(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(TokenSoup()) + "&variables=" + Uri.EscapeDataString(Truncated(asText: true)), null, null),
        10 => new HostileRequest(HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(PlausibleQuery()), RandomContentType()),
        _ => Json(new { query = PlausibleQuery(), operationName = TokenSoup() }),
    };

    private static HostileRequest Raw(byte[] body) => new(HttpMethod.Post, "/graphql", body, "application/json");

    private static HostileRequest Json(object body) => Raw(JsonSerializer.SerializeToUtf8Bytes(body));

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Truncated() => Encoding.UTF8.GetBytes(Truncated(asText: true));

    private string Truncated(bool asText)
    {
        var whole = JsonSerializer.Serialize(new { query = PlausibleQuery(), variables = new { n = 5, s = "x" } });
        return asText ? whole[.._random.Next(0, whole.Length)] : whole;
    }

    private string NestedJsonArrays()
    {
        var depth = _random.Next(10, 100_000);
        var inner = new string('[', depth) + new string(']', _random.Next(2) == 0 ? depth : depth / 2);
        return _random.Next(2) == 0 ? inner : "{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + inner + "}}";
    }

    private string TokenSoup()
    {
        var builder = new StringBuilder();
        for (var i = _random.Next(1, 200); i > 0; i--)
            builder.Append(Tokens[_random.Next(Tokens.Length)]).Append(' ');
        return builder.ToString();
    }

    private string NestedGraphQL()
    {
        var depth = _random.Next(1, 5_000);
        return _random.Next(3) switch
        {
            0 => new string('{', depth) + new string('}', depth),
            1 => "{ actors(where: " + string.Concat(Enumerable.Repeat("{ not: ", depth)) + "{}" + new string('}', depth) + ") { totalCount } }",
            _ => "{ actors(order: " + new string('[', depth) + new string(']', depth) + ") { totalCount } }",
        };
    }

    private string PlausibleQuery()
    {
        var size = _random.Next(4) switch { 0 => _random.Next(-5, 2000), 1 => int.MaxValue, 2 => int.MinValue, _ => _random.Next(0, 60) };
        var cursor = Convert.ToBase64String(RandomBytes(_random.Next(0, 40)));
        return _random.Next(5) switch
        {
            0 => $"{{ actors(first: {size}, after: \"{cursor}\") {{ totalCount nodes {{ id name }} }} }}",
            1 => $"{{ territories(last: {size}, where: {{ within: \"{cursor}\" }}) {{ nodes {{ id }} }} }}",
            2 => $"{{ node(id: \"{cursor}\") {{ id }} }}",
            3 => $"{{ search(text: \"{cursor}\", first: {size}) {{ score }} }}",
            _ => "query($n: Int) { alliances(first: $n) { nodes { participants(first: $n) { totalCount } } } }",
        };
    }

    private string WrongTypes()
    {
        string[] values = ["1", "-1.5", "true", "null", "[]", "[1,\"a\"]", "{}", "{\"a\":{}}", "\"\"", "\"{ __typename }\"", "1e400"];
        var parts = Fields.Where(_ => _random.Next(3) > 0).Select(field => $"\"{field}\":{values[_random.Next(values.Length)]}");
        return "{" + string.Join(",", parts) + "}";
    }

    private byte[] UnicodeEdgeCases()
    {
        string[] texts =
        [
            "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000{ __typename }\"", "\"\u202e{ __typename }\"", "\"\ufeff{ __typename }\"",
            "\"{ actors(where: { name: { contains: \\\"\u00e9\u0301\u0000\ud83d\ude00\\\" } }) { totalCount } }\"",
        ];
        var json = $$"""{"query":{{texts[_random.Next(texts.Length)]}}}""";
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        switch (_random.Next(4))
        {
            case 0: bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]); break; // a UTF-8 byte order mark
            case 1: bytes.Insert(_random.Next(bytes.Count), 0xC0); break; // an overlong / invalid lead byte
            case 2: bytes.InsertRange(_random.Next(bytes.Count), [0xED, 0xA0, 0x80]); break; // an encoded surrogate
            default: break;
        }

        return [.. bytes];
    }

    private string? RandomContentType()
    {
        string?[] types = [null, "", "text/plain", "application/json; charset=latin1", "application/graphql", "multipart/form-data; boundary=x", ";;;", "application/json; charset=\"utf-8\""];
        return types[_random.Next(types.Length)];
    }
}

/// <summary>One request of the fuzz run; <see cref="ContentType"/> null sends no Content-Type.</summary>
public sealed record HostileRequest(HttpMethod Method, string Path, byte[]? Body, string? ContentType)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.ContentType = null;
            if (ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        message.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");
        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        return $"{Method} {(Path.Length > 200 ? Path[..200] + "…" : Path)} [{ContentType}] {(body.Length > 300 ? body[..300] + "…" : body)}";
    }
}
