using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Neo4j.Paging;

/// <summary>
/// Orders and pages a nested connection after the round trip: Neo4j returned every related node that passed the
/// filter with its sort keys (a pattern comprehension cannot be sorted in the Cypher 3.1/5 common subset).
/// </summary>
internal static class NestedPager
{
    public static (IReadOnlyList<T> Page, bool HasPrevious, bool HasNext) Select<T>(
        IReadOnlyList<T> matches, Func<T, CursorPosition> positionOf, IReadOnlyList<OrderKey> order, PageRequest page,
        CursorPosition? after, CursorPosition? before)
    {
        var comparer = new SortKeyComparer(order);
        var afterCursor = matches.Where(m => after is null || comparer.Compare(positionOf(m), after) > 0).ToList();
        var window = afterCursor.Where(m => before is null || comparer.Compare(positionOf(m), before) < 0).ToList();

        // Stable: parallel relationships to the same node keep Neo4j's order, as the embedded store keeps its own.
        var sorted = window.Select((m, i) => (m, i)).OrderBy(x => positionOf(x.m), comparer).ThenBy(x => x.i).Select(x => x.m).ToList();
        var (hasPrevious, hasNext) = PageFlags.Of(page, matches.Count, afterCursor.Count, window.Count);
        IReadOnlyList<T> selected = page.Last is { } last
            ? sorted.Skip(Math.Max(0, sorted.Count - last)).ToList()
            : sorted.Take(page.First ?? PageRequest.DefaultPageSize).ToList();
        return (selected, hasPrevious, hasNext);
    }
}
