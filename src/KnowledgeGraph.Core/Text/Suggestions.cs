using System.Buffers;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// "Did you mean" for every name a user types: enum values, fields, arguments, territory names, ids. Candidates are
/// compared on their folded form (<see cref="Fold"/>: case, accents, punctuation and spacing ignored) by optimal
/// string alignment distance (a swap of two neighbours counts once); a candidate that starts with, or contains, what
/// was typed is also close. The closest come first, ties in the candidates' own order.
/// </summary>
public static class Suggestions
{
    /// <summary>The folded form used for comparison: normalised text without punctuation or spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        return string.Concat(normalized.Where(char.IsLetterOrDigit));
    }

    /// <summary>At most <paramref name="max"/> candidates close to <paramref name="typed"/>, closest first.</summary>
    /// <remarks>
    /// The candidates may be every node id of the graph (an unknown id in an analytics field), so one candidate costs
    /// no allocation: it is folded into a reused buffer and compared by a distance that stops past the threshold.
    /// </remarks>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var folded = Fold(typed);
        if (folded.Length == 0 || max <= 0)
        {
            return [];
        }

        var threshold = MaxDistance(folded.Length);
        // The best so far, closest first, ties in the candidates' order: a new one goes after its equals.
        var best = new List<(string Candidate, double Score)>(max + 1);
        var buffer = ArrayPool<char>.Shared.Rent(256);
        try
        {
            foreach (var candidate in candidates)
            {
                if (candidate is null)
                {
                    continue;
                }

                var other = FoldInto(candidate, ref buffer);
                if (other.Length == 0 || Score(folded, other, threshold) is not { } score
                    || (best.Count == max && score >= best[^1].Score))
                {
                    continue;
                }

                // A repeated candidate ranks right after its first occurrence: if that one was dropped, so is it.
                // (Loops, not lambdas: a lambda capturing the candidate would cost an allocation per candidate.)
                var at = best.Count;
                var repeated = false;
                for (var i = best.Count - 1; i >= 0 && !repeated; i--)
                {
                    repeated = best[i].Candidate == candidate;
                    at = best[i].Score > score ? i : at;
                }

                if (repeated)
                {
                    continue;
                }

                best.Insert(at, (candidate, score));
                if (best.Count > max)
                {
                    best.RemoveAt(max);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return best.ConvertAll(b => b.Candidate);
    }

    private static double? Score(ReadOnlySpan<char> typed, ReadOnlySpan<char> other, int threshold)
    {
        var distance = BoundedEditDistance.Compute(typed, other, threshold);
        return distance <= threshold ? distance
            : other.StartsWith(typed, StringComparison.Ordinal) && typed.Length >= 3 ? threshold + 0.5
            : other.Contains(typed, StringComparison.Ordinal) && typed.Length >= 4 ? threshold + 0.75
            : null;
    }

    /// <summary><see cref="Fold"/> written to <paramref name="buffer"/> (grown when needed) on the fast path.</summary>
    private static ReadOnlySpan<char> FoldInto(string text, ref char[] buffer)
    {
        var needed = text.Length * LatinFolding.LongestFolding;
        if (buffer.Length < needed)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(needed);
        }

        return LatinFolding.TryFoldLettersAndDigits(text, buffer, out var length) ? buffer.AsSpan(0, length) : Fold(text);
    }

    /// <summary>
    /// The sentence appended to an error message: <c> Did you mean "A"?</c>, <c> Did you mean "A" or "B"?</c>,
    /// <c> Did you mean "A", "B" or "C"?</c>; empty when there is nothing to suggest.
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        var list = quoted.Count == 1
            ? quoted[0]
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
        return $" Did you mean {list}?";
    }

    // One typo for short names, up to a third of the name for longer ones (at most four).
    private static int MaxDistance(int length) => length <= 4 ? 1 : Math.Min(4, Math.Max(2, length / 3));
}
