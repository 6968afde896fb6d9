using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// The order of parallel edges (one definition, the same two nodes), read from the relationship table's columns: by
/// the identifying values in the definition's order, ascending with missing values last
/// (<see cref="SortKeyComparer.CompareEdgeKeys"/>), then by edge index. Adjacency rows keep each node's edges in it, so
/// it is also the order of those edges in a nested connection.
/// </summary>
internal sealed class ParallelEdgeOrder : IComparer<int>
{
    private readonly Column[] _columns;

    private ParallelEdgeOrder(Column[] columns) => _columns = columns;

    /// <summary>The order of a definition's parallel edges, or null when it has no identifying property (no parallels).</summary>
    public static ParallelEdgeOrder? Of(RelationshipDef definition, IReadOnlyDictionary<string, Column> columns) =>
        definition.IdentifyingProperties.Count == 0
            ? null
            : new ParallelEdgeOrder([.. definition.IdentifyingProperties.Select(p => columns[p.Name])]);

    public int Count => _columns.Length;

    public int Compare(int a, int b)
    {
        foreach (var column in _columns)
        {
            var c = column.CompareRows(a, b);
            if (c != 0)
            {
                return c;
            }
        }

        return a.CompareTo(b);
    }

    /// <summary>The edge's identifying values as a cursor holds them (<see cref="CursorPosition.EdgeKey"/>).</summary>
    public void Read(int edge, Span<object?> values)
    {
        for (var k = 0; k < _columns.Length; k++)
        {
            values[k] = _columns[k].SortValue(edge);
        }
    }

    /// <summary>Compares an edge with a cursor's edge key; a cursor without one comes before every edge.</summary>
    public int CompareToKey(int edge, IReadOnlyList<object?>? key)
    {
        if (key is null)
        {
            return 1;
        }

        for (var k = 0; k < _columns.Length; k++)
        {
            var c = _columns[k].CompareToSortValue(edge, key[k]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>
    /// Orders the runs of parallel edges in slots [start, end) of an adjacency row already sorted by neighbour: each
    /// run of one neighbour is sorted by this order (runs are rare and short).
    /// </summary>
    public void SortRuns(int[] targets, int[] edges, int start, int end)
    {
        var run = start;
        for (var slot = start + 1; slot <= end; slot++)
        {
            if (slot < end && targets[slot] == targets[run])
            {
                continue;
            }

            if (slot - run > 1)
            {
                edges.AsSpan(run, slot - run).Sort(this);
            }

            run = slot;
        }
    }
}
