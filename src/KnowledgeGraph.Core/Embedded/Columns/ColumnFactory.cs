using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Builds the column of a property from the rows' values (string, long, double, bool or a list of strings).</summary>
internal static class ColumnFactory
{
    public static Column Build(PropertyDef property, int rowCount, Func<int, object?> valueOf)
    {
        if (property.IsList)
        {
            var lists = new string[]?[rowCount];
            for (var row = 0; row < rowCount; row++)
            {
                lists[row] = valueOf(row) switch
                {
                    null => null,
                    IEnumerable<string> items => items.ToArray(),
                    var other => throw Invalid(property, other),
                };
            }

            return new ListColumn(property, lists);
        }

        return property.Kind switch
        {
            ValueKind.String or ValueKind.Enum => BuildStrings(property, rowCount, valueOf),
            ValueKind.Int or ValueKind.Float => BuildNumbers(property, rowCount, valueOf),
            ValueKind.Boolean => BuildBooleans(property, rowCount, valueOf),
            _ => throw new ArgumentOutOfRangeException(nameof(property), property.Kind, "Unknown value kind."),
        };
    }

    private static StringColumn BuildStrings(PropertyDef property, int rowCount, Func<int, object?> valueOf)
    {
        var values = new string?[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            values[row] = valueOf(row) switch
            {
                null => null,
                string text => property.IsText ? TextNormalizer.Normalize(text) : text,
                var other => throw Invalid(property, other),
            };
        }

        return new StringColumn(property, values, property.IsText);
    }

    private static NumberColumn BuildNumbers(PropertyDef property, int rowCount, Func<int, object?> valueOf)
    {
        var values = new double[rowCount];
        var present = new bool[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            var value = valueOf(row);
            if (value is null)
            {
                continue;
            }

            present[row] = NumberColumn.TryNumber(value, out values[row]) ? true : throw Invalid(property, value);
        }

        return new NumberColumn(property, values, present);
    }

    private static BoolColumn BuildBooleans(PropertyDef property, int rowCount, Func<int, object?> valueOf)
    {
        var values = new bool[rowCount];
        var present = new bool[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            switch (valueOf(row))
            {
                case null: break;
                case bool b: values[row] = b; present[row] = true; break;
                case var other: throw Invalid(property, other);
            }
        }

        return new BoolColumn(property, values, present);
    }

    private static ArgumentException Invalid(PropertyDef property, object value) =>
        new($"The value '{value}' ({value.GetType().Name}) does not fit the property '{property.Name}' ({property.Kind}).");
}
