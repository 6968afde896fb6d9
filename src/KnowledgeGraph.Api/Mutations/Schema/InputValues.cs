using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>Reads coerced GraphQL argument values (dictionaries for input objects, lists for lists).</summary>
internal static class InputValues
{
    public static string Id(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) && value is not null ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)! : string.Empty;

    public static bool Flag(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) && value is true;

    public static IReadOnlyDictionary<string, object?> Object(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) ? AsMap(value) : new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        _ => new Dictionary<string, object?>(),
    };

    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) && value is System.Collections.IEnumerable items and not string
            ? [.. items.Cast<object?>().Select(item => item?.ToString() ?? string.Empty)]
            : [];

    /// <summary>The given properties (present keys only, explicit nulls kept), without the named ones.</summary>
    public static Dictionary<string, object?> Properties(IReadOnlyDictionary<string, object?> values, params string[] except) =>
        values.Where(p => !except.Contains(p.Key, StringComparer.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The relationship's property arguments that were given.</summary>
    public static Dictionary<string, object?> RelationshipProperties(IReadOnlyDictionary<string, object?> values, RelationshipDef definition) =>
        definition.Properties.Where(p => values.ContainsKey(p.Name)).ToDictionary(p => p.Name, p => values[p.Name], StringComparer.Ordinal);
}
