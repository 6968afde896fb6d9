using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// The fast path of <see cref="TextNormalizer"/> for text made only of Basic Latin, Latin-1 and Latin Extended-A
/// characters (below U+0180), which is nearly all of the graph's text. Compatibility decomposition works character by
/// character and no composition follows; below U+0180 the only characters it reorders are combining marks, which the
/// normal form drops. So the normal form of such text is the concatenation of each character's own folding (computed
/// once, by the full definition) with runs of separators (white space and punctuation, each folding to ' ') collapsed
/// and trimmed, exactly as the full definition does.
/// </summary>
internal static class LatinFolding
{
    private const int Limit = 0x180;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>
    /// Per character: its folding, with every separator (white space or punctuation) as a single ' '; a folding that
    /// holds ' ' elsewhere (a decomposition with a space) has it collapsed like any separator.
    /// </summary>
    private static readonly string[] Foldings = BuildFoldings();

    /// <summary>The normal form of <paramref name="text"/>, or null when it holds a character outside the fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? TryFold(string text)
    {
        var longest = 0;
        var unchanged = true;
        var previousSpace = true;
        foreach (var c in text)
        {
            if (c >= Limit)
            {
                return null;
            }

            var folding = Foldings[c];
            longest = Math.Max(longest, folding.Length);
            var isSpace = c == ' ';
            unchanged &= folding.Length == 1 && folding[0] == c && !(isSpace && previousSpace);
            previousSpace = isSpace;
        }

        if (unchanged && !previousSpace)
        {
            return text;
        }

        return text.Length == 0 ? string.Empty : Fold(text, longest);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Fold(string text, int longest)
    {
        var capacity = text.Length * longest;
        var buffer = t_buffer is { } held && held.Length >= capacity ? held : t_buffer = new char[Math.Max(capacity, 256)];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            foreach (var f in Foldings[c])
            {
                if (f == ' ')
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = f;
            }
        }

        return new string(buffer, 0, length);
    }

    /// <summary>The most characters one character folds to (a bound for <see cref="TryFoldLettersAndDigits"/>).</summary>
    public static readonly int LongestFolding = Foldings.Max(f => f.Length);

    /// <summary>
    /// The letters and digits of the normal form of <paramref name="text"/>, written to <paramref name="destination"/>
    /// (at least <see cref="LongestFolding"/> times the text's length) without allocating; false when the text holds a
    /// character outside the fast path. Separators fold to spaces, which are not letters, so the collapsing of the
    /// normal form does not matter here.
    /// </summary>
    public static bool TryFoldLettersAndDigits(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        length = 0;
        foreach (var c in text)
        {
            if (c >= Limit)
            {
                return false;
            }

            foreach (var f in Foldings[c])
            {
                if (char.IsLetterOrDigit(f))
                {
                    destination[length++] = f;
                }
            }
        }

        return true;
    }

    private static string[] BuildFoldings()
    {
        var foldings = new string[Limit];
        for (var c = 0; c < Limit; c++)
        {
            var single = ((char)c).ToString();
            // The full definition trims, so a lone separator folds to "": mark it as the one space.
            foldings[c] = TextNormalizer.IsSeparator((char)c) ? " " : FoldInner(single);
        }

        return foldings;
    }

    /// <summary>The folding of one non-separator character, keeping any separator its decomposition yields as ' '.</summary>
    private static string FoldInner(string single)
    {
        // Surround with letters so that inner white space survives the trim, then take the letters off again.
        var folded = TextNormalizer.NormalizeUnicode("a" + single + "a");
        return folded[1..^1];
    }
}
