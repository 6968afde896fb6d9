using System.Text.Json.Nodes;

namespace KnowledgeGraph.Equivalence.Tests.Differential;

/// <summary>A type reference as introspection gives it: NON_NULL and LIST wrap a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public string NamedType => Name ?? OfType!.NamedType;

    public bool IsList => Kind == "LIST" || (OfType?.IsList ?? false);

    public static TypeRef Parse(JsonNode node) =>
        new((string)node["kind"]!, (string?)node["name"], node["ofType"] is { } inner ? Parse(inner) : null);
}

public sealed record FieldDef(string Name, TypeRef Type, IReadOnlyList<FieldDef> Args);

public sealed record TypeDef(string Name, string Kind, IReadOnlyList<FieldDef> Fields, IReadOnlyList<FieldDef> InputFields, IReadOnlyList<string> EnumValues);

/// <summary>The served GraphQL schema, read by introspection: what the differential generator builds filters from.</summary>
public sealed class SchemaModel(IReadOnlyDictionary<string, TypeDef> types)
{
    public const string IntrospectionQuery = """
        { __schema { queryType { name } types { name kind enumValues { name }
            fields { name type { ...T } args { name type { ...T } } }
            inputFields { name type { ...T } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    public TypeDef this[string name] => types[name];

    /// <summary>Fields (of the query root or of an object type) that take a <c>where</c> filter: connections.</summary>
    public IEnumerable<(FieldDef Field, string FilterType)> FilterableFields(string typeName) =>
        types[typeName].Fields
            .Select(f => (Field: f, Where: f.Args.FirstOrDefault(a => a.Name == "where")))
            .Where(f => f.Where is not null)
            .Select(f => (f.Field, f.Where!.Type.NamedType));

    public static SchemaModel Parse(JsonNode answer)
    {
        var schema = answer["data"]!["__schema"]!;
        var query = (string)schema["queryType"]!["name"]!;
        var types = schema["types"]!.AsArray().Select(t => new TypeDef(
            (string)t!["name"]! == query ? "Query" : (string)t["name"]!,
            (string)t["kind"]!,
            Fields(t["fields"]),
            Fields(t["inputFields"]),
            t["enumValues"]?.AsArray().Select(v => (string)v!["name"]!).ToList() ?? [])).ToDictionary(t => t.Name);
        return new SchemaModel(types);
    }

    private static List<FieldDef> Fields(JsonNode? fields) =>
        fields?.AsArray().Select(f => new FieldDef((string)f!["name"]!, TypeRef.Parse(f["type"]!), Fields(f["args"]))).ToList() ?? [];
}
