using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// The rows an <c>eq</c> or <c>in</c> filter on an enum property or on <c>id</c> selects, read from an index instead
/// of a scan, with exactly the column predicates' semantics: a missing value never matches, null operands of
/// <c>in</c> match nothing, comparisons are ordinal. Anything else (null <c>eq</c>, <c>neq</c>, <c>nin</c>, operands
/// that are not strings, properties the table lacks) is not indexed and left to the predicate, with its errors.
/// </summary>
internal static class CandidateRows
{
    /// <summary>The ascending rows of <paramref name="table"/> that <paramref name="filter"/> selects, or null when it is not indexed.</summary>
    public static int[]? Of(Filter filter, LabelTable table, GraphIndex graph)
    {
        if (!TryOperands(filter, table, out var kind, out var values))
        {
            return null;
        }

        if (kind == IndexKind.Id)
        {
            var rows = new SortedSet<int>();
            foreach (var id in values)
            {
                if (graph.NodeById.TryGetValue(id, out var node) && table.Contains(node))
                {
                    rows.Add(node - table.Start);
                }
            }

            return [.. rows];
        }

        var index = table.EqualityIndexes[((PropertyFilter)filter).Property.Name];
        return values.Length switch
        {
            0 => [],
            1 => index.RowsOf(values[0]),
            _ => Union(values.Select(index.RowsOf)), // a row holds one value, so the groups are disjoint
        };
    }

    /// <summary>An upper bound of <see cref="Of"/>'s length, without allocating; null when not indexed.</summary>
    public static int? CountOf(Filter filter, LabelTable table)
    {
        if (!TryOperands(filter, table, out var kind, out var values))
        {
            return null;
        }

        return kind == IndexKind.Id
            ? values.Length
            : values.Sum(v => table.EqualityIndexes[((PropertyFilter)filter).Property.Name].RowsOf(v).Length);
    }

    private enum IndexKind
    {
        Id,
        Enum,
    }

    private static bool TryOperands(Filter filter, LabelTable table, out IndexKind kind, out string[] values)
    {
        kind = IndexKind.Enum;
        values = [];
        if (filter is not PropertyFilter { Operator: ComparisonOperator.Eq or ComparisonOperator.In } property
            || !table.Columns.TryGetValue(property.Property.Name, out var column) || column is not StringColumn)
        {
            return false;
        }

        if (column.Property.Name == GraphSchema.IdProperty)
        {
            kind = IndexKind.Id;
        }
        else if (!table.EqualityIndexes.ContainsKey(column.Property.Name))
        {
            return false;
        }

        var operands = property.Operator == ComparisonOperator.Eq ? Single(property.Value) : List(property.Value);
        if (operands is null)
        {
            return false;
        }

        values = operands;
        return true;
    }

    private static string[]? Single(object? value) => value is string text ? [text] : null;

    // As Column.ValueList then the columns' In: null items are dropped, any other non-string is an error (not indexed).
    private static string[]? List(object? value)
    {
        if (value is string or null || value is not System.Collections.IEnumerable items)
        {
            return null;
        }

        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            switch (item)
            {
                case null: break;
                case string text: texts.Add(text); break;
                default: return null;
            }
        }

        return [.. texts];
    }

    private static int[] Union(IEnumerable<int[]> groups)
    {
        var all = groups.SelectMany(g => g).ToArray();
        Array.Sort(all);
        return all;
    }
}
