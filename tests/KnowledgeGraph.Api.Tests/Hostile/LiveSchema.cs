using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>The schema as a stranger learns it: one introspection query to the live server, kept as plain records.</summary>
public sealed class LiveSchema
{
    private const string Query = """
        { __schema { queryType { name } mutationType { name }
          types { name kind
            fields { name args { name type { ...T } } type { ...T } }
            inputFields { name type { ...T } }
            enumValues { name } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    public required Dictionary<string, SchemaType> Types { get; init; }

    public required string QueryType { get; init; }

    public string? MutationType { get; init; }

    public static async Task<LiveSchema> FetchAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
        response.EnsureSuccessStatusCode();
        var schema = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["__schema"]!;
        var types = new Dictionary<string, SchemaType>();
        foreach (var type in schema["types"]!.AsArray())
        {
            var name = (string)type!["name"]!;
            types[name] = new SchemaType(
                name,
                (string)type["kind"]!,
                type["fields"]?.AsArray().Select(f => new SchemaField(
                    (string)f!["name"]!,
                    TypeRef.Of(f["type"]!),
                    f["args"]!.AsArray().Select(a => new SchemaArgument((string)a!["name"]!, TypeRef.Of(a["type"]!))).ToList())).ToList() ?? [],
                type["inputFields"]?.AsArray().Select(f => new SchemaArgument((string)f!["name"]!, TypeRef.Of(f["type"]!))).ToList() ?? [],
                type["enumValues"]?.AsArray().Select(v => (string)v!["name"]!).ToList() ?? []);
        }
        return new LiveSchema
        {
            Types = types,
            QueryType = (string)schema["queryType"]!["name"]!,
            MutationType = (string?)schema["mutationType"]?["name"],
        };
    }
}

public sealed record SchemaType(string Name, string Kind, List<SchemaField> Fields, List<SchemaArgument> InputFields, List<string> EnumValues);

public sealed record SchemaField(string Name, TypeRef Type, List<SchemaArgument> Arguments);

public sealed record SchemaArgument(string Name, TypeRef Type);

/// <summary>A type reference: the named type, and whether it is a list and non-null at the top.</summary>
public sealed record TypeRef(string Named, bool List, bool NonNull, string Text)
{
    public static TypeRef Of(JsonNode node)
    {
        var text = Render(node);
        var nonNull = (string)node["kind"]! == "NON_NULL";
        var inner = nonNull ? node["ofType"]! : node;
        var list = (string)inner["kind"]! == "LIST";
        while (node["name"] is null && node["ofType"] is { } next)
            node = next;
        return new TypeRef((string?)node["name"] ?? "String", list, nonNull, text);
    }

    private static string Render(JsonNode node) => (string)node["kind"]! switch
    {
        "NON_NULL" => Render(node["ofType"]!) + "!",
        "LIST" => "[" + Render(node["ofType"]!) + "]",
        _ => (string?)node["name"] ?? "String",
    };
}
