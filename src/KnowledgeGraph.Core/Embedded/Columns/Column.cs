using System.Text.Json;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>
/// One property's values over the rows of a table (the nodes of a label, or the relationships of one definition),
/// with the comparisons that filters, ordering and cursors need. Predicates take an item index; the row is the
/// item index minus the table's offset.
/// </summary>
internal abstract class Column(PropertyDef property)
{
    private static readonly Func<int, bool> Never = _ => false;

    public PropertyDef Property { get; } = property;

    public abstract bool IsPresent(int row);

    /// <summary>The stored value of a row (null when missing), for comparing two tables.</summary>
    public abstract object? ValueAt(int row);

    /// <summary>
    /// A builder of <paramref name="rowCount"/> rows holding this column's rows copied as <paramref name="runs"/>
    /// say (stored values as they are, no conversion); rows outside every run are missing until set.
    /// </summary>
    public abstract ColumnBuilder Splice(int rowCount, IReadOnlyList<Changes.RowRun> runs);

    /// <summary>Copies <paramref name="runs"/> of <paramref name="source"/> into <paramref name="target"/>.</summary>
    protected static void CopyRuns<T>(T[] source, T[] target, IReadOnlyList<Changes.RowRun> runs)
    {
        foreach (var run in runs)
        {
            Array.Copy(source, run.OldStart, target, run.NewStart, run.Length);
        }
    }

    /// <summary>Compares two rows; a missing value is greater than any value (so nulls sort last ascending, first descending).</summary>
    public abstract int CompareRows(int a, int b);

    /// <summary>The row's sort value as written into a cursor, or null when missing.</summary>
    public abstract object? SortValue(int row);

    /// <summary>Compares a row with a sort value read from a cursor, with the same convention for missing values.</summary>
    public abstract int CompareToSortValue(int row, object? value);

    public abstract void WriteSortValue(Utf8JsonWriter writer, object? value);

    public abstract bool TryReadSortValue(JsonElement element, out object? value);

    /// <summary>A predicate per the two-valued semantics of <see cref="Filter"/>: false on a missing value except for Eq/Neq null.</summary>
    public Func<int, bool> Predicate(ComparisonOperator op, object? value, int offset)
    {
        if (value is null)
        {
            return op switch
            {
                ComparisonOperator.Eq => i => !IsPresent(i - offset),
                ComparisonOperator.Neq => i => IsPresent(i - offset),
                _ => Never,
            };
        }

        return ValuePredicate(op, value, offset);
    }

    protected abstract Func<int, bool> ValuePredicate(ComparisonOperator op, object value, int offset);

    protected static int CompareMissing(bool aPresent, bool bPresent) => aPresent == bPresent ? 0 : aPresent ? -1 : 1;

    protected InvalidQueryException Unsupported(ComparisonOperator op) =>
        new("INVALID_FILTER", $"The operator {op} does not apply to the property '{Property.Name}'.");

    protected InvalidQueryException WrongValue(object? value) =>
        new("INVALID_FILTER", $"The value '{value}' does not fit the property '{Property.Name}' ({Property.Kind}).");

    /// <summary>The operand list of In, Nin, IncludesAny and IncludesAll.</summary>
    protected IReadOnlyList<object?> ValueList(object value) => value switch
    {
        IReadOnlyList<object?> list => list,
        System.Collections.IEnumerable items and not string => items.Cast<object?>().ToList(),
        _ => throw WrongValue(value),
    };
}
