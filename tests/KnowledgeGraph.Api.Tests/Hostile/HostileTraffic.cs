using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>One request of the hostile traffic, as bytes on the wire.</summary>
public sealed record HostileCall(string Kind, HttpMethod Method, string Path, byte[]? Body, string? ContentType, IReadOnlyList<(string Name, string Value)> Headers)
{
    public override string ToString() =>
        $"[{Kind}] {Method} {Path[..Math.Min(Path.Length, 200)]} {(Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300)))}";
}

/// <summary>
/// Generates hostile requests from the live schema with one seeded generator (the same seed, the same requests):
/// valid operations (queries and mutations) built from the schema then mutated at random, fragment cycles and bombs,
/// directive floods, huge lists, operations on long lines or split by lone CRs, odd Unicode in every position (query,
/// variable names and values, operation name, extensions, GET parameters, headers), wrong media types, huge bodies,
/// and every kind of credential.
/// </summary>
public sealed class HostileTraffic(LiveSchema schema, int seed, string adminKey)
{
    /// <summary>Lone surrogates, NUL, non-characters, bidi controls, emoji, combining marks, BOM, line separators, a lone CR.</summary>
    public static readonly string[] OddText =
    [
        "\ud800", "\udfff", "a\ud83d", "\u0000", "\uffff", "\ufffe", "\u202e", "\u200f", "\u2066", "😀", "👩‍👩‍👧", "e\u0301",
        "\ufeff", "\u2028", "\u0085", "\u001b[31m", "\\u0000", "\\ud800", "'; DROP TABLE x; --", "${jndi:ldap://x}", "%00", "\r\n", "\r",
    ];

    private readonly Random _random = new(seed);
    private readonly List<SchemaField> _queries = schema.Types[schema.QueryType].Fields;
    private readonly List<SchemaField> _mutations = schema.MutationType is { } m ? schema.Types[m].Fields : [];

    public HostileCall Next()
    {
        var roll = _random.Next(100);
        return roll switch
        {
            < 15 => Post("valid query", Operation("query", _queries), Variables(), Credentials()),
            < 18 => Post("long line", LongLine(Operation(_random.Next(3) == 0 ? "mutation" : "query", _random.Next(3) == 0 ? _mutations : _queries)), Variables(), Credentials()),
            < 30 => Post("mutated query", Mutate(Operation("query", _queries)), Variables(), Credentials()),
            < 40 => Post("mutation", Operation("mutation", _mutations), Variables(), Credentials()),
            < 46 => Post("mutated mutation", Mutate(Operation("mutation", _mutations)), Variables(), Credentials()),
            < 52 => Post("fragments", Fragments(), null, Credentials()),
            < 56 => Post("directives", Directives(), null, Credentials()),
            < 61 => Post("huge list", HugeList(), null, Credentials()),
            < 71 => OddUnicode(),
            < 78 => Get(),
            < 84 => WrongMediaType(),
            < 87 => HugeBody(),
            < 93 => Post("odd variables", Operation("query", _queries), OddVariables(), Credentials()),
            _ => Post("odd extensions", Operation("query", _queries), null, Credentials(), extensions: OddMap()),
        };
    }

    // ---- operations from the schema

    private string Operation(string kind, List<SchemaField> roots)
    {
        if (roots.Count == 0)
            return "{ __typename }";
        var text = new StringBuilder(kind).Append(" Op").Append(_random.Next(5)).Append(" { ");
        for (var i = _random.Next(1, 3); i > 0; i--)
            Field(text, Pick(roots), 0);
        return text.Append('}').ToString();
    }

    private void Field(StringBuilder text, SchemaField field, int depth)
    {
        if (_random.Next(8) == 0)
            text.Append("a").Append(_random.Next(40)).Append(": ");
        text.Append(field.Name);
        var args = field.Arguments.Where(a => a.Type.NonNull || _random.Next(3) == 0).ToList();
        if (args.Count > 0)
            text.Append('(').AppendJoin(", ", args.Select(a => $"{a.Name}: {Value(a.Type, 0)}")).Append(')');
        if (schema.Types.TryGetValue(field.Type.Named, out var type) && type.Fields.Count > 0)
        {
            text.Append(" { ");
            var children = type.Fields.Where(f => depth < 3 || schema.Types[f.Type.Named].Fields.Count == 0).ToList();
            for (var i = _random.Next(1, 4); i > 0 && children.Count > 0; i--)
                Field(text, Pick(children), depth + 1);
            text.Append("__typename } ");
        }
        else
        {
            text.Append(' ');
        }
    }

    private string Value(TypeRef type, int depth)
    {
        if (type.List && _random.Next(2) == 0)
            return "[" + string.Join(", ", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Value(type with { List = false }, depth + 1))) + "]";
        if (_random.Next(12) == 0)
            return Pick(["null", "0", "-1", "2147483648", "1e309", "\"\"", "true", "[]", "{}", Quote(Pick(OddText))]);
        var named = schema.Types.GetValueOrDefault(type.Named);
        return type.Named switch
        {
            "Int" => Pick(["0", "1", "3", "50", "1000", "1001", "-5", "99999999999"]),
            "Float" => Pick(["0.5", "-1.0", "1e10"]),
            "Boolean" => Pick(["true", "false"]),
            "String" or "ID" => Quote(Pick(["REG-76", "paris", "x", "DOM-" + _random.Next(100), "", Pick(OddText) + "name"])),
            _ when named is { Kind: "ENUM", EnumValues.Count: > 0 } => Pick(named.EnumValues),
            _ when named is { Kind: "INPUT_OBJECT" } && depth < 4 =>
                "{ " + string.Join(", ", named.InputFields.Where(f => f.Type.NonNull || _random.Next(4) == 0)
                    .Select(f => $"{f.Name}: {Value(f.Type, depth + 1)}")) + " }",
            _ => "\"x\"",
        };
    }

    private static string Quote(string text) => RawJson.Quote(text);

    /// <summary>Deletes, duplicates, swaps or inserts characters and tokens at random.</summary>
    private string Mutate(string query)
    {
        var text = new StringBuilder(query);
        for (var i = _random.Next(1, 5); i > 0 && text.Length > 0; i--)
        {
            var at = _random.Next(text.Length);
            switch (_random.Next(6))
            {
                case 0: text.Remove(at, Math.Min(text.Length - at, _random.Next(1, 8))); break;
                case 1: text.Insert(at, Pick(["{", "}", "(", ")", "...", "@skip(if: true)", "$v", "!", ":", "\"", "\"\"\"", "#"])); break;
                case 2: text.Insert(at, text.ToString(at, Math.Min(text.Length - at, _random.Next(1, 30)))); break;
                case 3: text.Insert(at, Pick(OddText)); break;
                case 4: text.Insert(at, " ...F fragment F on " + Pick([schema.QueryType, schema.MutationType ?? "X", "Actor"]) + " { ...F } "); break;
                default: text.Insert(at, " __typename "); break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// An operation laid out as GraphQLParser reads worst: its spaces turned into commas, tabs and line breaks of every
    /// kind (a lone CR among them), a long run of spaces, commas, a comment or a string literal added between two of its
    /// parts, on one long line, and mutated half the time.
    /// </summary>
    private string LongLine(string operation)
    {
        var parts = operation.Split(' ');
        var padded = _random.Next(parts.Length);
        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            text.Append(parts[i]).Append(Pick([" ", " ", " ", ",", "\t", "\r", "\n", "\r\n"]));
            if (i == padded)
            {
                var length = _random.Next(500, 6000);
                text.Append(_random.Next(4) switch
                {
                    0 => new string(' ', length),
                    1 => new string(',', length),
                    2 => "#" + new string('c', length) + Pick(["\n", "\r"]),
                    _ => "__typename a: __typename(x: \"" + new string('s', length) + "\") ",
                });
            }
        }

        return _random.Next(2) == 0 ? Mutate(text.ToString()) : text.ToString();
    }

    // ---- families of attacks

    private string Fragments()
    {
        var root = _random.Next(2) == 0 ? ("query", schema.QueryType) : ("mutation", schema.MutationType ?? schema.QueryType);
        return _random.Next(5) switch
        {
            0 => $"{root.Item1} {{ ...A }} fragment A on {root.Item2} {{ ...A }}",
            1 => $"{root.Item1} {{ ...A }} fragment A on {root.Item2} {{ ...B }} fragment B on {root.Item2} {{ ... on {root.Item2} {{ ...A }} }}",
            2 => $"{root.Item1} {{ ...F0 }}" + string.Concat(Enumerable.Range(0, 30).Select(i => $" fragment F{i} on {root.Item2} {{ ...F{i + 1} ...F{i + 1} }}")) + $" fragment F30 on {root.Item2} {{ __typename }}",
            3 => $"{root.Item1} {{ ...F0 }}" + string.Concat(Enumerable.Range(0, _random.Next(10, 2000)).Select(i => $" fragment F{i} on {root.Item2} {{ __typename ...F{i + 1} }}")),
            _ => "{ " + new StringBuilder().Insert(0, "... on Query { ", _random.Next(10, 5000)) + "__typename" + new string('}', 1) + " }",
        };
    }

    private string Directives() => _random.Next(3) switch
    {
        0 => "{ __typename " + new StringBuilder().Insert(0, "@include(if: true) ", _random.Next(5, 12_000)) + "}",
        1 => "{ " + new StringBuilder().Insert(0, "__typename @skip(if: false) ", _random.Next(10, 3000)) + "}",
        _ => "query " + new StringBuilder().Insert(0, "@" + Pick(["a", "deprecated", "oneOf", "include(if: true)"]) + " ", _random.Next(1, 100)) + "{ __typename }",
    };

    private string HugeList()
    {
        var count = _random.Next(100, 60_000);
        var items = string.Join(",", Enumerable.Range(0, count).Select(i => $"\"ID-{i}\""));
        return _random.Next(2) == 0
            ? $"{{ actors(where: {{ id: {{ in: [{items}] }} }}) {{ totalCount }} }}"
            : "{ " + new StringBuilder().Insert(0, "actors { totalCount } ", _random.Next(100, 12_000)) + "}";
    }

    private HostileCall OddUnicode()
    {
        var odd = Pick(OddText);
        var query = _random.Next(4) switch
        {
            0 => "{ __typename } #" + odd,
            1 => $"{{ node(id: {Quote(odd)}) {{ id }} }}",
            2 => $"query {Pick(["Q", "Q" + odd])} {{ __typename }}",
            _ => $"{{ actors(where: {{ name: {{ eq: {Quote("a" + odd)} }} }}) {{ totalCount }} }}",
        };
        var json = new StringBuilder("{\"query\":").Append(RawJson.Quote(query));
        if (_random.Next(2) == 0)
            json.Append(",\"operationName\":").Append(RawJson.Quote(odd));
        if (_random.Next(2) == 0)
            json.Append(",\"variables\":{").Append(RawJson.Quote("v" + odd)).Append(':').Append(RawJson.Quote(odd)).Append('}');
        json.Append('}');
        return new HostileCall("odd unicode", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(json.ToString()), "application/json", Credentials());
    }

    private HostileCall Get()
    {
        var query = _random.Next(3) == 0 ? Operation("mutation", _mutations) : Operation("query", _queries);
        var path = "/graphql?query=" + Escape(_random.Next(3) == 0 ? Mutate(query) : query);
        if (_random.Next(2) == 0)
            path += "&variables=" + Pick([Escape("{\"v\":" + Quote(Pick(OddText)) + "}"), "%ED%A0%80", "%7B", "%FF%FE", "null", "[]"]);
        if (_random.Next(3) == 0)
            path += "&operationName=" + Pick(["%ED%A0%80", "Op1", "%00", Escape(Pick(OddText))]);
        if (_random.Next(5) == 0)
            path += "&query=again";
        return new HostileCall("get", HttpMethod.Get, path, null, null, Credentials());
    }

    /// <summary>Percent-encodes UTF-8; a lone surrogate, which has no UTF-8 form, goes as the bytes of its CESU-8 form.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
            escaped.Append(rune == Rune.ReplacementChar ? "%ED%A0%80" : Uri.EscapeDataString(rune.ToString()));
        return escaped.ToString();
    }

    private HostileCall WrongMediaType()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = Operation("query", _queries) }));
        var type = Pick(["text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=latin1", "application/json; charset=utf-16", "application/xml", "*/*", "application/json; x=\u00e9"]);
        var method = Pick([HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Options]);
        return new HostileCall("media type", method, "/graphql", body, type, Credentials());
    }

    private HostileCall HugeBody()
    {
        var size = Pick([300_000, 1_100_000, 3_000_000]);
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', size) + "\"}}");
        // Header values that are not ASCII included: they reach the app, which refuses them with a code and drains the
        // body (Kestrel alone would answer an empty 400 and close under the client still uploading: a reset).
        return new HostileCall("huge body", HttpMethod.Post, "/graphql", body, "application/json", Credentials());
    }

    private HostileCall Post(string kind, string query, Dictionary<string, object?>? variables, IReadOnlyList<(string, string)> headers, Dictionary<string, object?>? extensions = null)
    {
        var body = Encoding.UTF8.GetBytes(RawJson.Write(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["variables"] = variables,
            ["extensions"] = extensions,
            ["operationName"] = _random.Next(6) == 0 ? "Op" + _random.Next(5) : null,
        }));
        return new HostileCall(kind, HttpMethod.Post, "/graphql", body, "application/json", headers);
    }

    private Dictionary<string, object?>? Variables() => _random.Next(3) == 0 ? new() { ["v"] = _random.Next(), ["w"] = Pick(OddText) } : null;

    private Dictionary<string, object?> OddVariables() => new()
    {
        [Pick(OddText)] = Pick(OddText),
        ["where"] = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = Pick(OddText) } },
        ["list"] = Enumerable.Range(0, _random.Next(0, 20_000)).ToArray(),
    };

    private Dictionary<string, object?> OddMap() => new() { [Pick(OddText)] = new Dictionary<string, object?> { ["persistedQuery"] = Pick(OddText) } };

    private IReadOnlyList<(string, string)> Credentials() => _random.Next(8) switch
    {
        0 => [("X-Api-Key", adminKey)],
        1 => [("X-Api-Key", "not-a-key")],
        2 => [("X-Api-Key", "")],
        3 => [("Authorization", Pick(["Bearer", "Bearer ", "Bearer a.b", "Bearer a.b.c", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Basic Zm9vOmJhcg==", "ApiKey", "ApiKey not-a-key"]))],
        4 => [("X-Api-Key", "key\u202e\u00e9"), ("Authorization", "Bearer \u00e9\u00e9.\u00e9")],
        5 => [("X-Api-Key", adminKey), ("X-Api-Key", "second")],
        _ => [],
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}

/// <summary>
/// JSON written as a careless client writes it: every UTF-16 unit kept, a lone surrogate written as its escape
/// (<c>\ud800</c>), which System.Text.Json's own writer would refuse or replace.
/// </summary>
internal static class RawJson
{
    public static string Write(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IDictionary<string, object?> map => "{" + string.Join(",", map.Where(p => p.Value is not null || p.Key == "v").Select(p => Quote(p.Key) + ":" + Write(p.Value))) + "}",
        System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Write)) + "]",
        _ => Quote(value.ToString() ?? ""),
    };

    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
                json.Append(c).Append(text[++i]);
            else if (c is '"' or '\\')
                json.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c))
                json.Append("\\u").Append(((int)c).ToString("x4"));
            else
                json.Append(c);
        }
        return json.Append('"').ToString();
    }
}
