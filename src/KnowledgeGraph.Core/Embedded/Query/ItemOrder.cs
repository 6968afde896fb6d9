using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// The compiled order of one connection over nodes of one label: the sort keys, then id ascending. Because node
/// indices follow id order within a label, the id tie-break is a comparison of indices.
/// </summary>
internal sealed class ItemOrder
{
    private readonly Column[] _columns;
    private readonly bool[] _descending;
    private readonly int _offset;
    private readonly string[] _ids;

    public ItemOrder(LabelTable table, IReadOnlyList<OrderKey> keys, GraphIndex graph)
    {
        _columns = new Column[keys.Count];
        _descending = new bool[keys.Count];
        for (var k = 0; k < keys.Count; k++)
        {
            var property = keys[k].Property;
            if (!property.IsSortable || !table.Columns.TryGetValue(property.Name, out var column))
            {
                throw new InvalidQueryException("INVALID_ORDER", $"{table.Label.Name} cannot be sorted by '{property.Name}'.");
            }

            _columns[k] = column;
            _descending[k] = keys[k].Direction == SortDirection.Descending;
        }

        _offset = table.Start;
        _ids = graph.Ids;
        Signature = table.Label.Name + string.Concat(keys.Select(k => $";{k.Property.Name}:{(k.Direction == SortDirection.Descending ? 'D' : 'A')}"));
    }

    /// <summary>Names the label and the keys; a cursor made under another order carries another signature.</summary>
    public string Signature { get; }

    public IReadOnlyList<Column> Columns => _columns;

    /// <summary>True when the order is the id order, which is the natural order of node indices.</summary>
    public bool IsIdOrder => _columns.Length == 0;

    public int Compare(int a, int b)
    {
        for (var k = 0; k < _columns.Length; k++)
        {
            var c = _columns[k].CompareRows(a - _offset, b - _offset);
            if (c != 0)
            {
                return _descending[k] ? -c : c;
            }
        }

        return a.CompareTo(b);
    }

    /// <summary>Compares a node with a cursor position under this order (the cursor's node need not exist).</summary>
    public int CompareToCursor(int node, CursorPosition cursor)
    {
        for (var k = 0; k < _columns.Length; k++)
        {
            var c = _columns[k].CompareToSortValue(node - _offset, cursor.Values[k]);
            if (c != 0)
            {
                return _descending[k] ? -c : c;
            }
        }

        return string.CompareOrdinal(_ids[node], cursor.Id);
    }

    public CursorPosition PositionOf(int node)
    {
        var values = new object?[_columns.Length];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = _columns[k].SortValue(node - _offset);
        }

        return new CursorPosition(values, _ids[node]);
    }
}
