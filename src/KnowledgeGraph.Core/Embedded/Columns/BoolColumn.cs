using System.Text.Json;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Boolean values; false sorts before true.</summary>
internal sealed class BoolColumn(PropertyDef property, bool[] values, bool[] present) : Column(property)
{
    public override bool IsPresent(int row) => present[row];

    public override object? ValueAt(int row) => present[row] ? values[row] : null;

    public override ColumnBuilder Splice(int rowCount, IReadOnlyList<Changes.RowRun> runs)
    {
        var (newValues, newPresent) = (new bool[rowCount], new bool[rowCount]);
        CopyRuns(values, newValues, runs);
        CopyRuns(present, newPresent, runs);
        return new BoolColumnBuilder(Property, newValues, newPresent);
    }

    public override int CompareRows(int a, int b) =>
        present[a] && present[b] ? values[a].CompareTo(values[b]) : CompareMissing(present[a], present[b]);

    public override object? SortValue(int row) => present[row] ? values[row] : null;

    public override int CompareToSortValue(int row, object? value) =>
        present[row] && value is bool b ? values[row].CompareTo(b) : CompareMissing(present[row], value is not null);

    public override void WriteSortValue(Utf8JsonWriter writer, object? value)
    {
        if (value is bool b)
        {
            writer.WriteBooleanValue(b);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public override bool TryReadSortValue(JsonElement element, out object? value)
    {
        value = element.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
        return element.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;
    }

    protected override Func<int, bool> ValuePredicate(ComparisonOperator op, object value, int offset)
    {
        if (op is ComparisonOperator.In or ComparisonOperator.Nin)
        {
            var list = ValueList(value);
            bool hasTrue = list.Contains(true), hasFalse = list.Contains(false);
            var include = op == ComparisonOperator.In;
            return i => present[i - offset] && (values[i - offset] ? hasTrue : hasFalse) == include;
        }

        var x = value as bool? ?? throw WrongValue(value);
        return op switch
        {
            ComparisonOperator.Eq => i => present[i - offset] && values[i - offset] == x,
            ComparisonOperator.Neq => i => present[i - offset] && values[i - offset] != x,
            _ => throw Unsupported(op),
        };
    }
}
