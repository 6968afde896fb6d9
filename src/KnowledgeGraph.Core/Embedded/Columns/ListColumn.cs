using System.Text.Json;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Lists of enum values (exact comparison): Includes, IncludesAny, IncludesAll. Lists do not sort.</summary>
internal sealed class ListColumn(PropertyDef property, string[]?[] values) : Column(property)
{
    public override bool IsPresent(int row) => values[row] is not null;

    public override object? ValueAt(int row) => values[row];

    public override ColumnBuilder Splice(int rowCount, IReadOnlyList<Changes.RowRun> runs)
    {
        var newValues = new string[]?[rowCount];
        CopyRuns(values, newValues, runs);
        return new ListColumnBuilder(Property, newValues);
    }

    public override int CompareRows(int a, int b) => throw NotSortable();

    public override object? SortValue(int row) => throw NotSortable();

    public override int CompareToSortValue(int row, object? value) => throw NotSortable();

    public override void WriteSortValue(Utf8JsonWriter writer, object? value) => throw NotSortable();

    public override bool TryReadSortValue(JsonElement element, out object? value) => throw NotSortable();

    protected override Func<int, bool> ValuePredicate(ComparisonOperator op, object value, int offset)
    {
        switch (op)
        {
            case ComparisonOperator.Includes:
                var item = value as string ?? throw WrongValue(value);
                return i => values[i - offset] is { } list && Array.IndexOf(list, item) >= 0;
            case ComparisonOperator.IncludesAny or ComparisonOperator.IncludesAll:
                var wanted = ValueList(value).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
                return op == ComparisonOperator.IncludesAny
                    ? i => values[i - offset] is { } list && HeldCount(list, wanted, stopAt: 1) > 0
                    : i => values[i - offset] is { } list && HeldCount(list, wanted, stopAt: wanted.Length) == wanted.Length;
            default:
                throw Unsupported(op);
        }
    }

    private static int HeldCount(string[] list, string[] wanted, int stopAt)
    {
        var held = 0;
        foreach (var item in wanted)
        {
            if (Array.IndexOf(list, item) >= 0 && ++held == stopAt)
            {
                break;
            }
        }

        return held;
    }

    private InvalidQueryException NotSortable() => new("INVALID_ORDER", $"The list property '{Property.Name}' cannot be sorted.");
}
