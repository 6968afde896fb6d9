using System.Text.Json;

namespace KnowledgeGraph.Api.Tables;

/// <summary>
/// The <c>data</c> of a GraphQL answer as a table (the rule is in this folder's README.md): the rows are the first
/// list found depth-first in field order (a connection's <c>nodes</c> or <c>edges</c>, a field's list); each row's
/// nested objects become dotted columns (<c>node.name</c>); nested lists are joined with <c>" | "</c> (a list of objects
/// column by column, an empty text for an element without that column); the scalars outside the row list
/// (<c>totalCount</c>, <c>pageInfo</c>) are left out. Without any list, <c>data</c> itself is the one row. Columns come
/// in the order they are first seen over all rows; a list empty everywhere gives no column.
/// </summary>
public sealed class AnswerTable
{
    /// <summary>What joins the values of a nested list in one cell.</summary>
    public const string ListSeparator = " | ";

    private AnswerTable(IReadOnlyList<string> columns, IReadOnlyList<Dictionary<string, TableCell>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<Dictionary<string, TableCell>> Rows { get; }

    /// <summary>The table of <paramref name="data"/>; numbers are written with <paramref name="decimalComma"/> as asked.</summary>
    public static AnswerTable From(JsonElement data, bool decimalComma)
    {
        var flattener = new Flattener(decimalComma);
        var rows = new List<Dictionary<string, TableCell>>();
        if (FirstList(data, "") is ({ } list, var name))
        {
            foreach (var item in list.EnumerateArray())
                rows.Add(flattener.Row(item, item.ValueKind == JsonValueKind.Object ? "" : name));
        }
        else
        {
            rows.Add(flattener.Row(data, ""));
        }
        return new AnswerTable(ColumnsOf(rows), rows);
    }

    /// <summary>The first array depth-first in field order, with its field's name.</summary>
    private static (JsonElement? List, string Name) FirstList(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return (element, name);
        if (element.ValueKind != JsonValueKind.Object)
            return (null, name);
        foreach (var property in element.EnumerateObject())
        {
            if (FirstList(property.Value, property.Name) is ({ } found, var foundName))
                return (found, foundName);
        }
        return (null, name);
    }

    /// <summary>
    /// Every column in first-seen order, without a column that is null in every row while dotted columns below it
    /// exist (an object field that was null here and there: its <c>x.y</c> columns carry it).
    /// </summary>
    private static List<string> ColumnsOf(List<Dictionary<string, TableCell>> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        foreach (var row in rows)
        {
            foreach (var column in row.Keys)
            {
                if (seen.Add(column))
                    ordered.Add(column);
            }
        }
        return ordered.FindAll(column =>
            !rows.TrueForAll(row => !row.TryGetValue(column, out var cell) || cell.Null)
            || !ordered.Exists(other => other.Length > column.Length + 1 && other.StartsWith(column + ".", StringComparison.Ordinal)));
    }

    /// <summary>Flattens one row (insertion order of the dictionary is the column order).</summary>
    private sealed class Flattener(bool decimalComma)
    {
        public Dictionary<string, TableCell> Row(JsonElement element, string prefix)
        {
            var row = new Dictionary<string, TableCell>(StringComparer.Ordinal);
            Flatten(element, prefix, row);
            return row;
        }

        private void Flatten(JsonElement element, string prefix, Dictionary<string, TableCell> row)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                        Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", row);
                    break;
                case JsonValueKind.Array:
                    Join(element, prefix, row);
                    break;
                default:
                    row[prefix] = Scalar(element);
                    break;
            }
        }

        /// <summary>A nested list: each element flattened on its own, then each column's values joined.</summary>
        private void Join(JsonElement list, string prefix, Dictionary<string, TableCell> row)
        {
            var elements = list.EnumerateArray().Select(item => Row(item, prefix)).ToList();
            var columns = new List<string>();
            foreach (var element in elements)
                columns.AddRange(element.Keys.Where(column => !columns.Contains(column)));
            foreach (var column in columns)
            {
                var cells = elements.Select(element => element.TryGetValue(column, out var cell) ? cell : TableCell.Empty).ToList();
                // Nulls only stay a null (a column that may be dropped); one element keeps its kind (a number stays a
                // number); several make a text.
                row[column] = cells.TrueForAll(cell => cell.Null) ? TableCell.Empty
                    : cells.Count == 1 ? cells[0]
                    : new TableCell(string.Join(ListSeparator, cells.Select(cell => cell.Text)));
            }
        }

        private TableCell Scalar(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => new TableCell(element.GetString() ?? ""),
            JsonValueKind.Number => new TableCell(Number(element.GetRawText()), IsNumber: true),
            JsonValueKind.True => new TableCell("true"),
            JsonValueKind.False => new TableCell("false"),
            _ => TableCell.Empty,
        };

        private string Number(string raw) => decimalComma ? raw.Replace('.', ',') : raw;
    }
}
