using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Neo4j.Paging;

/// <summary>
/// hasPreviousPage / hasNextPage from counts, as the embedded store decides them: forward, a previous page exists
/// when some match lies at or before <c>after</c>, a next one when the window holds more than <c>first</c> or some
/// match lies at or after <c>before</c>; backward, the mirror image.
/// </summary>
internal static class PageFlags
{
    /// <param name="total">Matches of the filter.</param>
    /// <param name="afterCount">Matches strictly after the <c>after</c> cursor (all when none).</param>
    /// <param name="windowCount">Matches strictly between the cursors.</param>
    public static (bool HasPrevious, bool HasNext) Of(PageRequest page, long total, long afterCount, long windowCount)
    {
        var beforeAfter = total > afterCount;
        var atOrAfterBefore = afterCount > windowCount;
        if (page.Last is { } last)
        {
            return (windowCount > last || beforeAfter, atOrAfterBefore);
        }

        var first = page.First ?? PageRequest.DefaultPageSize;
        return (beforeAfter, windowCount > first || atOrAfterBefore);
    }
}
