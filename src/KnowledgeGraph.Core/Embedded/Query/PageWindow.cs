namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Cuts one Relay page out of the matching items, in place: keeps those strictly between the cursors, then the first
/// or last n of them in order, sorting no more than needed. The page is a range of the same span, in order.
/// </summary>
internal static class PageWindow
{
    public static (int Start, int Count, bool HasPreviousPage, bool HasNextPage) Select(
        Span<int> matches, ItemRange range, ItemOrder order, PageSpec page)
    {
        var window = matches;
        bool beforeAfter = false, atOrAfterBefore = false;
        if (page.After is not null || page.Before is not null)
        {
            var kept = 0;
            foreach (var item in matches)
            {
                var node = range.NodeOf(item);
                if (page.After is not null && order.CompareToCursor(node, item, page.After) <= 0)
                {
                    beforeAfter = true;
                }
                else if (page.Before is not null && order.CompareToCursor(node, item, page.Before) >= 0)
                {
                    atOrAfterBefore = true;
                }
                else
                {
                    matches[kept++] = item; // kept <= the read position: compacting in place keeps the order
                }
            }

            window = matches[..kept];
        }

        var compare = new ItemComparer(order, range.Targets);
        if (page.Last is { } last)
        {
            var count = Math.Min(last, window.Length);
            if (order.IsIdOrder)
            {
                return (window.Length - count, count, window.Length > last || beforeAfter, atOrAfterBefore);
            }

            Smallest(window, count, new Descending<ItemComparer>(compare));
            window[..count].Reverse();
            return (0, count, window.Length > last || beforeAfter, atOrAfterBefore);
        }

        var first = page.First!.Value;
        var head = Math.Min(first, window.Length);
        if (!order.IsIdOrder)
        {
            Smallest(window, head, compare);
        }

        return (0, head, beforeAfter, window.Length > first || atOrAfterBefore);
    }

    /// <summary>Moves the <paramref name="count"/> smallest items, sorted, to the start of <paramref name="items"/>.</summary>
    private static void Smallest<TComparer>(Span<int> items, int count, TComparer compare)
        where TComparer : IComparer<int>
    {
        if (count == 0)
        {
            return;
        }

        if (items.Length <= count * 4L)
        {
            items.Sort(compare);
            return;
        }

        // A bounded max-heap in items[..count]: its root is the largest of the smallest items seen so far. The items
        // still to read lie after it, so the heap never overwrites one.
        var heap = items[..count];
        for (var k = count / 2 - 1; k >= 0; k--)
        {
            SiftDown(heap, k, compare);
        }

        for (var k = count; k < items.Length; k++)
        {
            if (compare.Compare(items[k], heap[0]) < 0)
            {
                heap[0] = items[k];
                SiftDown(heap, 0, compare);
            }
        }

        heap.Sort(compare);
    }

    private static void SiftDown<TComparer>(Span<int> heap, int at, TComparer compare)
        where TComparer : IComparer<int>
    {
        var item = heap[at];
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && compare.Compare(heap[child + 1], heap[child]) > 0)
            {
                child++;
            }

            if (compare.Compare(heap[child], item) <= 0)
            {
                break;
            }

            heap[at] = heap[child];
            at = child;
        }

        heap[at] = item;
    }
}
