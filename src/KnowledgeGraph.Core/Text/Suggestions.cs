using F23.StringSimilarity;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// "Did you mean" for every name a user types: enum values, fields, arguments, territory names, ids. Candidates are
/// compared on their folded form (<see cref="Fold"/>: case, accents, punctuation and spacing ignored) by optimal
/// string alignment distance (a swap of two neighbours counts once); a candidate that starts with, or contains, what
/// was typed is also close. The closest come first, ties in the candidates' own order.
/// </summary>
public static class Suggestions
{
    private static readonly OptimalStringAlignment Distance = new();

    /// <summary>The folded form used for comparison: normalised text without punctuation or spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        return string.Concat(normalized.Where(char.IsLetterOrDigit));
    }

    /// <summary>At most <paramref name="max"/> candidates close to <paramref name="typed"/>, closest first.</summary>
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
        var scored = new List<(string Candidate, double Score, int Order)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var candidate in candidates)
        {
            if (candidate is null || !seen.Add(candidate))
            {
                continue;
            }

            var other = Fold(candidate);
            if (other.Length == 0)
            {
                continue;
            }

            var distance = Distance.Distance(folded, other);
            double? score = distance <= threshold ? distance
                : other.StartsWith(folded, StringComparison.Ordinal) && folded.Length >= 3 ? threshold + 0.5
                : other.Contains(folded, StringComparison.Ordinal) && folded.Length >= 4 ? threshold + 0.75
                : null;
            if (score is { } s)
            {
                scored.Add((candidate, s, order++));
            }
        }

        return scored.OrderBy(s => s.Score).ThenBy(s => s.Order).Take(max).Select(s => s.Candidate).ToList();
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
