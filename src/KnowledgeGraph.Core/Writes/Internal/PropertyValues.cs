using System.Collections;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Writes.Internal;

/// <summary>
/// Turns a value given in a change set into the in-memory value of a property (string, long, double, bool, the
/// schema's own enum string, or a list of strings), as seed loading would. A null or an empty list means absent.
/// </summary>
internal static class PropertyValues
{
    /// <summary>False with <paramref name="problem"/> set when the value does not fit the property.</summary>
    public static bool TryNormalize(PropertyDef property, object? raw, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        if (raw is null)
        {
            return true;
        }

        if (property.IsList)
        {
            return TryList(property, raw, out value, out problem);
        }

        value = Scalar(property, raw, out problem);
        return problem is null;
    }

    private static bool TryList(PropertyDef property, object raw, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        if (raw is string || raw is not IEnumerable items)
        {
            problem = $"expected a list of {Expected(property)}, got {Describe(raw)}";
            return false;
        }

        var values = new List<string>();
        foreach (var item in items)
        {
            if (Scalar(property, item, out problem) is not string text)
            {
                problem ??= $"a list of {property.Name} holds strings only";
                return false;
            }

            values.Add(text);
        }

        value = values.Count == 0 ? null : values;
        return true;
    }

    private static object? Scalar(PropertyDef property, object? raw, out string? problem)
    {
        problem = null;
        switch (property.Kind, raw)
        {
            case (ValueKind.String, string { Length: > 0 } text):
                return text;
            case (ValueKind.String, string):
                problem = "an empty string is not a value (remove the property instead)";
                return null;
            case (ValueKind.Enum, string text) when property.Enum!.Values.FirstOrDefault(v => v == text) is { } canonical:
                return canonical;
            case (ValueKind.Enum, string text):
                problem = $"'{text}' is not a {property.Enum.Name} (expected one of {string.Join(", ", property.Enum.Values)})";
                return null;
            case (ValueKind.Int, sbyte or byte or short or ushort or int or uint or long):
                return Convert.ToInt64(raw, System.Globalization.CultureInfo.InvariantCulture);
            case (ValueKind.Int, ulong u) when u <= long.MaxValue:
                return (long)u;
            case (ValueKind.Float, sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal):
                var number = Convert.ToDouble(raw, System.Globalization.CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    return number;
                }

                problem = $"{number} is not a finite number";
                return null;
            case (ValueKind.Boolean, bool flag):
                return flag;
            default:
                problem = $"expected {Expected(property)}, got {Describe(raw)}";
                return null;
        }
    }

    private static string Expected(PropertyDef property) => property.Kind switch
    {
        ValueKind.Int => "an integer",
        ValueKind.Float => "a number",
        ValueKind.Boolean => "a boolean",
        ValueKind.Enum => $"a {property.Enum!.Name} value",
        _ => "a string",
    };

    private static string Describe(object? raw) => raw switch
    {
        null => "null",
        string text => $"the string '{text}'",
        _ => $"{raw} ({raw.GetType().Name})",
    };
}
