namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>The shapes values come back in from Bolt (maps, lists, long, double, bool, string), as the stores' results hold them.</summary>
internal static class Values
{
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Unexpected("a map", value);

    public static IReadOnlyList<object?> List(object? value) =>
        value as IReadOnlyList<object?> ?? throw Unexpected("a list", value);

    /// <summary>A property value as a node record holds it: lists become string arrays (the schema's lists are enum lists).</summary>
    public static object Property(object value) => value switch
    {
        IReadOnlyList<object?> list => list.Select(item => item as string ?? Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture)!).ToArray(),
        int i => (long)i,
        _ => value,
    };

    public static long Long(object? value) => value is long l ? l : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    private static InvalidOperationException Unexpected(string expected, object? value) =>
        new($"Neo4j returned {value?.GetType().Name ?? "null"} where the compiled statement yields {expected}.");
}
