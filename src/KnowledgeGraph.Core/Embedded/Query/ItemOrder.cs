using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// The compiled order of one connection over nodes of one label: the sort keys, then id ascending, then (nested along
/// a relationship with identifying properties) the edge key. Because node indices follow id order within a label, the
/// id tie-break is a comparison of indices; because an adjacency row keeps parallel edges in edge-key order, items of
/// one node compare by slot. Cursors and their comparisons take the item too, for its edge key.
/// </summary>
internal sealed class ItemOrder
{
    private readonly SortKeyReader[] _keys;
    private readonly bool[] _descending;
    private readonly int _offset;
    private readonly string[] _ids;
    private readonly string _signature;
    private readonly object?[] _cursorKeys;
    private readonly SlotEdgeKeys? _edgeKeys;
    private readonly object?[] _cursorEdgeKey;

    /// <param name="edgeKeys">The edge keys of the items (adjacency slots) of a nested connection whose edges have one.</param>
    public ItemOrder(LabelTable table, IReadOnlyList<OrderKey> keys, GraphIndex graph, SlotEdgeKeys? edgeKeys = null)
    {
        _keys = new SortKeyReader[keys.Count];
        _descending = new bool[keys.Count];
        for (var k = 0; k < keys.Count; k++)
        {
            _keys[k] = keys[k].Kind switch
            {
                OrderKeyKind.Property => new ColumnSortKey(OwnColumn(table, keys[k].Property)),
                _ => new ComputedSortKey(RelatedSortValues.Compute(graph, table, keys[k])),
            };
            _descending[k] = keys[k].Direction == SortDirection.Descending;
        }

        _offset = table.Start;
        _ids = graph.Ids;
        Label = table.Label;
        Keys = keys;
        _signature = CursorCodec.Signature(table.Label, keys);
        _cursorKeys = new object?[keys.Count];
        _edgeKeys = edgeKeys;
        _cursorEdgeKey = new object?[EdgeKey.Count];
    }

    public LabelDef Label { get; }

    public IReadOnlyList<OrderKey> Keys { get; }

    /// <summary>The properties of the edge key in this connection's cursors (empty when none).</summary>
    public IReadOnlyList<PropertyDef> EdgeKey => _edgeKeys?.Properties ?? [];

    /// <summary>True when the order is the id order, which is the natural order of node indices.</summary>
    public bool IsIdOrder => _keys.Length == 0;

    public int Compare(int a, int b)
    {
        for (var k = 0; k < _keys.Length; k++)
        {
            var c = _keys[k].CompareRows(a - _offset, b - _offset);
            if (c != 0)
            {
                return _descending[k] ? -c : c;
            }
        }

        return a.CompareTo(b);
    }

    /// <summary>Compares an item and its node with a cursor position under this order (the cursor's node need not exist).</summary>
    public int CompareToCursor(int node, int item, CursorPosition cursor)
    {
        for (var k = 0; k < _keys.Length; k++)
        {
            var c = _keys[k].CompareToSortValue(node - _offset, cursor.Keys[k]);
            if (c != 0)
            {
                return _descending[k] ? -c : c;
            }
        }

        var id = string.CompareOrdinal(_ids[node], cursor.Id);
        return id != 0 || _edgeKeys is null ? id : _edgeKeys.CompareToKey(item, cursor.EdgeKey);
    }

    /// <summary>The cursor of an item and its node. Not thread-safe (a compiled order serves one read at a time).</summary>
    public string Cursor(int node, int item)
    {
        for (var k = 0; k < _cursorKeys.Length; k++)
        {
            _cursorKeys[k] = _keys[k].SortValue(node - _offset);
        }

        _edgeKeys?.Read(item, _cursorEdgeKey);
        return CursorCodec.Encode(_signature, Keys, _cursorKeys, _ids[node], EdgeKey, _cursorEdgeKey);
    }

    private static Columns.Column OwnColumn(LabelTable table, PropertyDef property) =>
        property.IsSortable && table.Columns.TryGetValue(property.Name, out var column)
            ? column
            : throw new InvalidQueryException("INVALID_ORDER", $"{table.Label.Name} cannot be sorted by '{property.Name}'.");
}
