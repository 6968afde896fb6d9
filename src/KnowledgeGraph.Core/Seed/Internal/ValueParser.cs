using System.Collections.Frozen;
using System.Globalization;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>
/// Turns a CSV field into the in-memory value of a property (string, long, double, bool, or a list of strings).
/// Enum values come back as the schema's own string instances, and <c>source</c> values are pooled, so millions of
/// records share a handful of strings.
/// </summary>
internal sealed class ValueParser
{
    public const char ListSeparator = ';';

    private readonly Dictionary<EnumDef, FrozenDictionary<string, string>> _enumValues = [];
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    /// <summary>Parses a non-empty field; on failure returns null and sets <paramref name="problem"/>.</summary>
    public object? Parse(PropertyDef property, string text, out string? problem)
    {
        problem = null;
        if (property.IsList)
        {
            return ParseList(property, text, out problem);
        }

        switch (property.Kind)
        {
            case ValueKind.Int when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                return SharedBoxes.Of(l);
            case ValueKind.Float when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                return d;
            case ValueKind.Boolean when text is "true":
                return SharedBoxes.Of(true);
            case ValueKind.Boolean when text is "false":
                return SharedBoxes.Of(false);
            case ValueKind.Enum:
                return EnumValue(property.Enum!, text, out problem);
            case ValueKind.String:
                return property.Name == GraphSchema.SourceProperty ? Pool(text) : text;
            default:
                problem = $"'{text}' is not {Expected(property.Kind)}";
                return null;
        }
    }

    private List<string>? ParseList(PropertyDef property, string text, out string? problem)
    {
        problem = null;
        var items = text.Split(ListSeparator);
        var values = new List<string>(items.Length);
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                problem = $"'{text}' has an empty item (items are separated by '{ListSeparator}')";
                return null;
            }

            var value = property.Enum is { } e ? EnumValue(e, item, out problem) : Pool(item);
            if (value is null)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    private string? EnumValue(EnumDef enumDef, string text, out string? problem)
    {
        if (!_enumValues.TryGetValue(enumDef, out var values))
        {
            values = enumDef.Values.ToFrozenDictionary(v => v, v => v, StringComparer.Ordinal);
            _enumValues[enumDef] = values;
        }

        if (values.TryGetValue(text, out var value))
        {
            problem = null;
            return value;
        }

        problem = $"'{text}' is not a {enumDef.Name} (expected one of {string.Join(", ", enumDef.Values)})";
        return null;
    }

    private string Pool(string text)
    {
        if (_pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _pool[text] = text;
        return text;
    }

    private static string Expected(ValueKind kind) => kind switch
    {
        ValueKind.Int => "an int (a whole number such as 2018)",
        ValueKind.Float => "a float (a number such as 0.74, with a dot)",
        ValueKind.Boolean => "a boolean (true or false)",
        _ => "valid",
    };
}
