using System.Globalization;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Core.Paging;

/// <summary>
/// The order of a list of <see cref="OrderKey"/>s over key values: strings ordinal (text is already in normal form),
/// numbers numerically, booleans false first; a missing value is greater than any value (last ascending, first
/// descending); then the id ascending. Identical to Neo4j's ORDER BY on the same values, and used by both stores.
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

        return string.CompareOrdinal(a.Id, b.Id);
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
