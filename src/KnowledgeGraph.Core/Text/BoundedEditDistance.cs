using System.Buffers;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Optimal string alignment distance (insertions, deletions, substitutions and swaps of two neighbours each count one;
/// no substring is edited twice), as F23.StringSimilarity's <c>OptimalStringAlignment</c> computes it, but only up to a
/// bound: past it the answer is <c>max + 1</c>. "Did you mean" compares a typed id with every node id of the graph, so
/// the comparison must not allocate (the library's allocates a full matrix per pair) and must stop early: a length
/// difference over the bound is an answer at once, and a row of the table whose smallest value is over the bound ends
/// the computation (no later row can be smaller: every path into a row passes through the row before).
/// </summary>
internal static class BoundedEditDistance
{
    private const int StackRowLimit = 128;

    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        int[]? rented = null;
        Span<int> rows = width <= StackRowLimit
            ? stackalloc int[width * 3]
            : (rented = ArrayPool<int>.Shared.Rent(width * 3)).AsSpan(0, width * 3);
        try
        {
            return Compute(a, b, max, rows[..width], rows.Slice(width, width), rows.Slice(2 * width, width));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, Span<int> beforePrevious, Span<int> previous, Span<int> current)
    {
        for (var j = 0; j < previous.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var smallest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                smallest = Math.Min(smallest, value);
            }

            if (smallest > max)
            {
                return max + 1;
            }

            // Rotate: the row before the previous one is overwritten next.
            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
