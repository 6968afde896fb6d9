using System.Globalization;

namespace KnowledgeGraph.Core.Export;

/// <summary>One property exported as an attribute: its name, its declared type and how a value is written as text.</summary>
internal sealed record AttributeColumn(string Name, AttributeKind Kind)
{
    public const char ListSeparator = '|';

    /// <summary>The columns for the properties of these elements, in name order, each with the narrowest type that fits all values.</summary>
    public static IReadOnlyList<AttributeColumn> For(IEnumerable<IReadOnlyDictionary<string, object>> properties, ISet<string> excluded)
    {
        var kinds = new SortedDictionary<string, AttributeKind>(StringComparer.Ordinal);
        foreach (var element in properties)
        {
            foreach (var (name, value) in element)
            {
                if (!excluded.Contains(name))
                {
                    var kind = KindOf(value);
                    kinds[name] = kinds.TryGetValue(name, out var seen) ? Widen(seen, kind) : kind;
                }
            }
        }

        return [.. kinds.Select(p => new AttributeColumn(p.Key, p.Value))];
    }

    public static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(ListSeparator, list.Cast<object>().Select(Format)),
        _ => value.ToString() ?? string.Empty,
    };

    private static AttributeKind KindOf(object value) => value switch
    {
        bool => AttributeKind.Boolean,
        long or int => AttributeKind.Long,
        double or float => AttributeKind.Double,
        _ => AttributeKind.String,
    };

    private static AttributeKind Widen(AttributeKind a, AttributeKind b) =>
        a == b ? a
        : (a, b) is (AttributeKind.Long, AttributeKind.Double) or (AttributeKind.Double, AttributeKind.Long) ? AttributeKind.Double
        : AttributeKind.String;
}
