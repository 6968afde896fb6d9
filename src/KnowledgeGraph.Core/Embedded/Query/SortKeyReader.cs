using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Paging;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>Reads one sort key of the rows of a label table, ascending with missing values last.</summary>
internal abstract class SortKeyReader
{
    public abstract int CompareRows(int a, int b);

    public abstract object? SortValue(int row);

    public abstract int CompareToSortValue(int row, object? value);
}

/// <summary>A property of the node itself, read from its column.</summary>
internal sealed class ColumnSortKey(Column column) : SortKeyReader
{
    public override int CompareRows(int a, int b) => column.CompareRows(a, b);

    public override object? SortValue(int row) => column.SortValue(row);

    public override int CompareToSortValue(int row, object? value) => column.CompareToSortValue(row, value);
}

/// <summary>A key computed per row for the query (a related node's property, a relationship count).</summary>
internal sealed class ComputedSortKey(object?[] values) : SortKeyReader
{
    public override int CompareRows(int a, int b) => SortKeyComparer.CompareValues(values[a], values[b]);

    public override object? SortValue(int row) => values[row];

    public override int CompareToSortValue(int row, object? value) => SortKeyComparer.CompareValues(values[row], value);
}
