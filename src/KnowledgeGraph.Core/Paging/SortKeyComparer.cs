using System.Globalization;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Core.Paging;

/// <summary>
/// The order of a list of <see cref="OrderKey"/>s over key values: strings ordinal (text is already in normal form),
/// numbers numerically, booleans false first; a missing value is greater than any value (last ascending, first
/// descending); then the id ascending; then, between parallel edges to the same node, the edge key
/// (<see cref="CompareEdgeKeys"/>). Identical to Neo4j's ORDER BY on the same values, and used by both stores.
/// </summary>
public sealed class SortKeyComparer(IReadOnlyList<OrderKey> order) : IComparer<CursorPosition>
{
    public int Compare(CursorPosition? a, CursorPosition? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        for (var k = 0; k < order.Count; k++)
        {
            var c = CompareValues(a.Keys[k], b.Keys[k]);
            if (c != 0)
            {
                return order[k].Direction == SortDirection.Descending ? -c : c;
            }
        }

        var id = string.CompareOrdinal(a.Id, b.Id);
        return id != 0 ? id : CompareEdgeKeys(a.EdgeKey, b.EdgeKey);
    }

    /// <summary>
    /// The order of parallel edges to one node: their identifying values in turn, ascending whatever the sort keys'
    /// directions, missing (null) last, as <see cref="CompareValues"/>. A position without an edge key (a cursor issued
    /// before edges carried one) comes before every edge that has one.
    /// </summary>
    public static int CompareEdgeKeys(IReadOnlyList<object?>? a, IReadOnlyList<object?>? b)
    {
        if (a is null)
        {
            return b is null ? 0 : -1;
        }

        if (b is null)
        {
            return 1;
        }

        for (var k = 0; k < a.Count && k < b.Count; k++)
        {
            var c = CompareValues(a[k], b[k]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <summary>Ascending comparison of two key values, missing (null) last.</summary>
    public static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
        (bool x, bool y) => x.CompareTo(y),
        _ => ToDouble(a).CompareTo(ToDouble(b)),
    };

    private static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
