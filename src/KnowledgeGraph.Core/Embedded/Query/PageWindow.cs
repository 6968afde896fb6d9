namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Cuts one Relay page out of the matching items: keeps those strictly between the cursors, then the first or last
/// n of them in order, sorting no more than needed. Items map to nodes through <c>nodeOf</c>; items of equal node
/// compare by item (parallel relationships).
/// </summary>
internal static class PageWindow
{
    public static (int[] Items, bool HasPreviousPage, bool HasNextPage) Select(
        List<int> matches, Func<int, int> nodeOf, ItemOrder order, PageSpec page, bool naturalOrder)
    {
        var window = matches;
        bool beforeAfter = false, atOrAfterBefore = false;
        if (page.After is not null || page.Before is not null)
        {
            window = new List<int>(matches.Count);
            foreach (var item in matches)
            {
                var node = nodeOf(item);
                if (page.After is not null && order.CompareToCursor(node, page.After) <= 0)
                {
                    beforeAfter = true;
                }
                else if (page.Before is not null && order.CompareToCursor(node, page.Before) >= 0)
                {
                    atOrAfterBefore = true;
                }
                else
                {
                    window.Add(item);
                }
            }
        }

        Comparison<int> compare = (a, b) => Compare(order, nodeOf, a, b);
        if (page.Last is { } last)
        {
            var items = naturalOrder ? window.GetRange(Math.Max(0, window.Count - last), Math.Min(last, window.Count)).ToArray() : Largest(window, last, compare);
            return (items, window.Count > last || beforeAfter, atOrAfterBefore);
        }

        var first = page.First!.Value;
        var head = naturalOrder ? window.GetRange(0, Math.Min(first, window.Count)).ToArray() : Smallest(window, first, compare);
        return (head, beforeAfter, window.Count > first || atOrAfterBefore);
    }

    private static int Compare(ItemOrder order, Func<int, int> nodeOf, int a, int b)
    {
        var c = order.Compare(nodeOf(a), nodeOf(b));
        return c != 0 ? c : a.CompareTo(b);
    }

    private static int[] Smallest(List<int> items, int count, Comparison<int> compare)
    {
        if (count == 0)
        {
            return [];
        }

        if (items.Count <= count * 4L)
        {
            var all = items.ToArray();
            Array.Sort(all, compare);
            return all.Length > count ? all[..count] : all;
        }

        // A bounded heap whose root is the largest of the smallest items seen so far.
        var heap = new PriorityQueue<int, int>(count + 1, Comparer<int>.Create((a, b) => compare(b, a)));
        foreach (var item in items)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(item, item);
            }
            else if (compare(item, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(item, item);
            }
        }

        var result = heap.UnorderedItems.Select(x => x.Element).ToArray();
        Array.Sort(result, compare);
        return result;
    }

    private static int[] Largest(List<int> items, int count, Comparison<int> compare)
    {
        var reversed = Smallest(items, count, (a, b) => compare(b, a));
        Array.Reverse(reversed);
        return reversed;
    }
}
