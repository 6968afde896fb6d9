using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>
/// Checks a header line against the schema: the leading key columns, then one <c>name[:type]</c> column per
/// property with the declared type, no unknown or repeated column, every required property present.
/// </summary>
internal static class HeaderBinder
{
    public static BoundColumn[] Bind(
        string[] header,
        IReadOnlyList<string> keyColumns,
        IReadOnlyList<PropertyDef> properties,
        string owner,
        Action<string> error)
    {
        for (var i = 0; i < keyColumns.Count; i++)
        {
            var found = i < header.Length ? header[i] : "nothing";
            if (found != keyColumns[i])
            {
                error($"column {i + 1} must be '{keyColumns[i]}', found '{found}'");
            }
        }

        var columns = new BoundColumn[Math.Max(0, header.Length - keyColumns.Count)];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = keyColumns.Count; i < header.Length; i++)
        {
            columns[i - keyColumns.Count] = new BoundColumn(i, header[i], BindColumn(header[i], properties, owner, seen, error));
        }

        foreach (var missing in properties.Where(p => p.IsRequired && !seen.Contains(p.Name) && !IsKey(p)))
        {
            error($"missing required column '{ColumnType.Header(missing)}'");
        }

        return columns;
    }

    private static PropertyDef? BindColumn(string header, IReadOnlyList<PropertyDef> properties, string owner,
        HashSet<string> seen, Action<string> error)
    {
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? header : header[..colon];
        var type = colon < 0 ? ColumnType.String : header[(colon + 1)..];
        var property = properties.FirstOrDefault(p => p.Name == name && !IsKey(p));
        if (property is null)
        {
            var known = string.Join(", ", properties.Where(p => !IsKey(p)).Select(p => p.Name));
            error($"unknown column '{header}': {owner} has no property '{name}' (known: {known})");
            return null;
        }

        if (!seen.Add(name))
        {
            error($"column '{name}' appears twice");
            return null;
        }

        var expected = ColumnType.Of(property);
        if (type != expected)
        {
            error($"column '{header}': wrong header type '{type}', property '{name}' is declared '{ColumnType.Header(property)}'");
            return null;
        }

        return property;
    }

    private static bool IsKey(PropertyDef property) => property.Name == GraphSchema.IdProperty;
}
