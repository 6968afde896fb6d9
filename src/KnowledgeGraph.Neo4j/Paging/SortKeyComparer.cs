using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Neo4j.Paging;

/// <summary>
/// The order of <see cref="OrderKey"/> over key values read back from Neo4j: strings ordinal (text is already in
/// normal form), numbers numerically, booleans false first; a missing value is greater than any value (last
/// ascending, first descending); then the id ascending. Identical to Neo4j's ORDER BY and to the embedded store.
/// </summary>
internal sealed class SortKeyComparer(IReadOnlyList<OrderKey> order) : IComparer<CursorPosition>
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

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
        (bool x, bool y) => x.CompareTo(y),
        _ => ToDouble(a).CompareTo(ToDouble(b)),
    };

    private static double ToDouble(object value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
}
