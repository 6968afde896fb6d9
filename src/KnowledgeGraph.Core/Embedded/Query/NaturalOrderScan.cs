namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// A page of a connection whose order is the natural item order (by id), read while scanning: from the start for
/// <c>first</c>, from the end for <c>last</c>. Positions only grow along the items (ids, then the edge keys of parallel
/// edges to one node, which an adjacency row keeps in that order), so everything up to the <c>after</c>
/// cursor comes first and everything from the <c>before</c> cursor on comes last; once the page and the item that
/// decides hasNextPage (hasPreviousPage for <c>last</c>) are known, the scan stops, unless every match must be
/// counted. Same answers as <see cref="PageWindow"/> over all the matches.
/// </summary>
internal static class NaturalOrderScan
{
    /// <returns>How many items went into <paramref name="output"/> (in order), the page flags, and the number of
    /// matches: all of them when <paramref name="countAll"/>, otherwise only those scanned.</returns>
    public static (int Count, bool HasPreviousPage, bool HasNextPage, int Matches) Forward(
        ItemRange range, Func<int, bool>? where, ItemOrder order, PageSpec page, int size, Span<int> output,
        bool countAll, CancellationToken cancellationToken)
    {
        int taken = 0, matches = 0;
        bool beforeAfter = false, hasNext = false, done = false;
        for (var position = 0; position < range.Length; position++)
        {
            if ((position & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var item = range.ItemAt(position);
            var node = range.NodeOf(item);
            if (where is not null && !where(node))
            {
                continue;
            }

            matches++;
            if (done)
            {
                continue;
            }

            if (page.After is not null && order.CompareToCursor(node, item, page.After) <= 0)
            {
                beforeAfter = true;
            }
            else if (taken == size || (page.Before is not null && order.CompareToCursor(node, item, page.Before) >= 0))
            {
                hasNext = true; // a match past the page: in the window (more than size), or at or after 'before'
                done = true;
                if (!countAll)
                {
                    break;
                }
            }
            else
            {
                output[taken++] = item;
            }
        }

        return (taken, beforeAfter, hasNext, matches);
    }

    /// <summary>The last <paramref name="size"/> items of the window, scanning from the end; see <see cref="Forward"/>.</summary>
    public static (int Count, bool HasPreviousPage, bool HasNextPage, int Matches) Backward(
        ItemRange range, Func<int, bool>? where, ItemOrder order, PageSpec page, int size, Span<int> output,
        bool countAll, CancellationToken cancellationToken)
    {
        int taken = 0, matches = 0;
        bool hasPrevious = false, atOrAfterBefore = false, done = false;
        for (var position = range.Length - 1; position >= 0; position--)
        {
            if ((position & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var item = range.ItemAt(position);
            var node = range.NodeOf(item);
            if (where is not null && !where(node))
            {
                continue;
            }

            matches++;
            if (done)
            {
                continue;
            }

            // 'after' is tested first, as in PageWindow: an item on both sides of crossed cursors counts as before 'after'.
            if (page.After is not null && order.CompareToCursor(node, item, page.After) <= 0)
            {
                hasPrevious = true;
                done = true;
            }
            else if (page.Before is not null && order.CompareToCursor(node, item, page.Before) >= 0)
            {
                atOrAfterBefore = true;
            }
            else if (taken == size)
            {
                hasPrevious = true; // the window holds more than the page
                done = true;
            }
            else
            {
                output[taken++] = item;
            }

            if (done && !countAll)
            {
                break;
            }
        }

        output[..taken].Reverse();
        return (taken, hasPrevious, atOrAfterBefore, matches);
    }
}
