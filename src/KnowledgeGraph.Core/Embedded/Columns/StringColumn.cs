using System.Text.Json;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>
/// Strings compared ordinally. For text properties the stored values and the filter operands are normalised
/// (case and accent insensitive); for <c>id</c> and enums they are compared exactly.
/// </summary>
internal sealed class StringColumn(PropertyDef property, string?[] values, bool normalised) : Column(property)
{
    public string?[] Values { get; } = values;

    public override bool IsPresent(int row) => Values[row] is not null;

    public override object? ValueAt(int row) => Values[row];

    public override ColumnBuilder Splice(int rowCount, IReadOnlyList<Changes.RowRun> runs)
    {
        var values = new string?[rowCount];
        CopyRuns(Values, values, runs);
        return new StringColumnBuilder(Property, values);
    }

    public override int CompareRows(int a, int b) => CompareValues(Values[a], Values[b]);

    public override object? SortValue(int row) => Values[row];

    public override int CompareToSortValue(int row, object? value) => CompareValues(Values[row], (string?)value);

    public override void WriteSortValue(Utf8JsonWriter writer, object? value) => writer.WriteStringValue((string?)value);

    public override bool TryReadSortValue(JsonElement element, out object? value)
    {
        value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return element.ValueKind is JsonValueKind.String or JsonValueKind.Null;
    }

    protected override Func<int, bool> ValuePredicate(ComparisonOperator op, object value, int offset)
    {
        var values = Values;
        switch (op)
        {
            case ComparisonOperator.In or ComparisonOperator.Nin:
                var set = ValueList(value).Where(v => v is not null).Select(Operand).ToHashSet(StringComparer.Ordinal);
                return op == ComparisonOperator.In
                    ? i => values[i - offset] is { } s && set.Contains(s)
                    : i => values[i - offset] is { } s && !set.Contains(s);
            case ComparisonOperator.Includes or ComparisonOperator.IncludesAny or ComparisonOperator.IncludesAll:
                throw Unsupported(op);
        }

        var operand = Operand(value);
        return op switch
        {
            ComparisonOperator.Eq => i => values[i - offset] is { } s && string.Equals(s, operand, StringComparison.Ordinal),
            ComparisonOperator.Neq => i => values[i - offset] is { } s && !string.Equals(s, operand, StringComparison.Ordinal),
            ComparisonOperator.Contains => i => values[i - offset] is { } s && s.Contains(operand, StringComparison.Ordinal),
            ComparisonOperator.StartsWith => i => values[i - offset] is { } s && s.StartsWith(operand, StringComparison.Ordinal),
            ComparisonOperator.EndsWith => i => values[i - offset] is { } s && s.EndsWith(operand, StringComparison.Ordinal),
            ComparisonOperator.Gt => i => values[i - offset] is { } s && string.CompareOrdinal(s, operand) > 0,
            ComparisonOperator.Gte => i => values[i - offset] is { } s && string.CompareOrdinal(s, operand) >= 0,
            ComparisonOperator.Lt => i => values[i - offset] is { } s && string.CompareOrdinal(s, operand) < 0,
            ComparisonOperator.Lte => i => values[i - offset] is { } s && string.CompareOrdinal(s, operand) <= 0,
            _ => throw Unsupported(op),
        };
    }

    private static int CompareValues(string? a, string? b) =>
        a is null || b is null ? CompareMissing(a is not null, b is not null) : string.CompareOrdinal(a, b);

    private string Operand(object? value) => value is string text
        ? normalised ? TextNormalizer.Normalize(text) : text
        : throw WrongValue(value);
}
