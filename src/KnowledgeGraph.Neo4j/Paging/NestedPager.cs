using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Neo4j.Paging;

/// <summary>
/// Orders and pages a nested connection after the round trip: Neo4j returned every related node that passed the
/// filter with its sort keys, and its edge key when parallel edges can lead to it (a pattern comprehension cannot be
/// sorted in the Cypher 3.1/5 common subset).
/// </summary>
/// <remarks>
/// Runs while the whole decoded record is alive, often over many more matches than the page keeps: each match's
/// position is read once and only indices are sorted, so that little is allocated (a GC here must copy that record).
/// </remarks>
internal static class NestedPager
{
    public static (IReadOnlyList<(T Item, CursorPosition Position)> Page, bool HasPrevious, bool HasNext) Select<T>(
        IReadOnlyList<T> matches, Func<T, CursorPosition> positionOf, IReadOnlyList<OrderKey> order, PageRequest page,
        CursorPosition? after, CursorPosition? before)
    {
        var comparer = new SortKeyComparer(order);
        var positions = new CursorPosition[matches.Count];
        var window = new List<int>(matches.Count);
        var afterCount = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var position = positions[i] = positionOf(matches[i]);
            if (after is not null && comparer.Compare(position, after) <= 0)
            {
                continue;
            }

            afterCount++;
            if (before is null || comparer.Compare(position, before) < 0)
            {
                window.Add(i);
            }
        }

        // Parallel relationships to the same node differ in their edge keys; equal positions (none, as writes refuse a
        // repeated key) would keep Neo4j's order.
        window.Sort((a, b) => comparer.Compare(positions[a], positions[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var (hasPrevious, hasNext) = PageFlags.Of(page, matches.Count, afterCount, window.Count);
        var (start, count) = page.Last is { } last
            ? (Math.Max(0, window.Count - last), Math.Min(window.Count, last))
            : (0, Math.Min(window.Count, page.First ?? PageRequest.DefaultPageSize));
        var selected = new (T, CursorPosition)[Math.Max(0, count)];
        for (var j = 0; j < selected.Length; j++)
        {
            var index = window[start + j];
            selected[j] = (matches[index], positions[index]);
        }

        return (selected, hasPrevious, hasNext);
    }
}
