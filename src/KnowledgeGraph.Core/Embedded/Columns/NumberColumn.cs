using System.Text.Json;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Int and Float values, held as doubles so that long and double operands compare numerically.</summary>
internal sealed class NumberColumn(PropertyDef property, double[] values, bool[] present) : Column(property)
{
    public override bool IsPresent(int row) => present[row];

    public override object? ValueAt(int row) => present[row] ? values[row] : null;

    public override ColumnBuilder Splice(int rowCount, IReadOnlyList<Changes.RowRun> runs)
    {
        var (newValues, newPresent) = (new double[rowCount], new bool[rowCount]);
        CopyRuns(values, newValues, runs);
        CopyRuns(present, newPresent, runs);
        return new NumberColumnBuilder(Property, newValues, newPresent);
    }

    public override int CompareRows(int a, int b) =>
        present[a] && present[b] ? values[a].CompareTo(values[b]) : CompareMissing(present[a], present[b]);

    public override object? SortValue(int row) => present[row] ? values[row] : null;

    public override int CompareToSortValue(int row, object? value) =>
        present[row] && value is double d ? values[row].CompareTo(d) : CompareMissing(present[row], value is not null);

    public override void WriteSortValue(Utf8JsonWriter writer, object? value)
    {
        if (value is not double d)
        {
            writer.WriteNullValue();
        }
        else if (Property.Kind == ValueKind.Int)
        {
            writer.WriteNumberValue((long)d);
        }
        else
        {
            writer.WriteNumberValue(d);
        }
    }

    public override bool TryReadSortValue(JsonElement element, out object? value)
    {
        value = element.ValueKind == JsonValueKind.Number ? element.GetDouble() : null;
        return element.ValueKind is JsonValueKind.Number or JsonValueKind.Null;
    }

    public static bool TryNumber(object? value, out double number)
    {
        number = value switch
        {
            long l => l,
            int i => i,
            double d => d,
            float f => f,
            decimal m => (double)m,
            short s => s,
            byte b => b,
            _ => double.NaN,
        };
        return !double.IsNaN(number);
    }

    protected override Func<int, bool> ValuePredicate(ComparisonOperator op, object value, int offset)
    {
        if (op is ComparisonOperator.In or ComparisonOperator.Nin)
        {
            var set = ValueList(value).Where(v => v is not null).Select(Operand).ToHashSet();
            return op == ComparisonOperator.In
                ? i => present[i - offset] && set.Contains(values[i - offset])
                : i => present[i - offset] && !set.Contains(values[i - offset]);
        }

        var x = Operand(value);
        return op switch
        {
            ComparisonOperator.Eq => i => present[i - offset] && values[i - offset] == x,
            ComparisonOperator.Neq => i => present[i - offset] && values[i - offset] != x,
            ComparisonOperator.Gt => i => present[i - offset] && values[i - offset] > x,
            ComparisonOperator.Gte => i => present[i - offset] && values[i - offset] >= x,
            ComparisonOperator.Lt => i => present[i - offset] && values[i - offset] < x,
            ComparisonOperator.Lte => i => present[i - offset] && values[i - offset] <= x,
            _ => throw Unsupported(op),
        };
    }

    private double Operand(object? value) => TryNumber(value, out var number) ? number : throw WrongValue(value);
}
