namespace KnowledgeGraph.Api.Limits.Budget;

/// <summary>
/// Keeps GraphQLParser from failing far along a line, or after a lone carriage return. Its syntax error pads a
/// caret to the error's column one string concatenation per column, in time and garbage quadratic in the column (a
/// 200 KB one-line document with an error at its end: 12 s of CPU that no timeout can stop); and it counts a lone CR as
/// a line break where it then splits the text on LF only, so an error after one ends in an IndexOutOfRangeException
/// (a 500). So such a text is lexed and parsed as a copy: outside strings, ignored characters (spaces, tabs, commas,
/// line breaks) may become line feeds, a lone CR becomes a line feed (in block strings too, whose value GraphQL
/// normalises the same way), and comments become spaces (unless they hold a backslash: GraphQLParser reads escapes
/// in comments). The copy has the same length, the same offsets and the same tokens (blanked comments aside, which the
/// service's parsers ignore), so it parses to the same document, or fails with the same error at the same offset;
/// only its lines and columns differ, and callers map them back to the client's text. A run of more than
/// <see cref="MaxUnbroken"/> characters with nothing to break it (in practice a long string literal) cannot be made
/// short: the request is refused before any lexing (<c>MAX_UNBROKEN_TEXT_EXCEEDED</c>: pass long strings as variables).
/// </summary>
public static class ShortLines
{
    /// <summary>
    /// Lines up to this length are left as they are; the copy breaks longer ones at the last place it can. An error at
    /// column c costs GraphQLParser about c² / 2 characters of garbage: 8 K here, where a column of 1,024 cost 512 K
    /// (a fifth of a hostile run's bytes, in mutated one-line queries).
    /// </summary>
    public const int LineLength = 128;

    /// <summary>The longest run of characters, outside comments, with no place to break it.</summary>
    public const int MaxUnbroken = 4096;

    /// <summary>Whether the text must be read as a copy: it has a long line or a lone carriage return.</summary>
    public static bool NeedsCopy(ReadOnlySpan<char> text) => HasLoneCarriageReturn(text) || (text.Length > LineLength && HasLongLine(text));

    /// <summary>Whether the text holds a CR not followed by LF.</summary>
    public static bool HasLoneCarriageReturn(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('\r');
        while (at >= 0)
        {
            if (IsLoneCarriageReturn(text, at))
                return true;
            var next = text[(at + 1)..].IndexOf('\r');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>Whether some line of the text (GraphQL's line breaks: LF, CR, CRLF) is longer than <see cref="LineLength"/>.</summary>
    public static bool HasLongLine(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (true)
        {
            var end = text[start..].IndexOfAny('\n', '\r');
            if (end < 0)
                return text.Length - start > LineLength;
            if (end > LineLength)
                return true;
            start += end + 1;
        }
    }

    /// <summary>
    /// Writes into <paramref name="copy"/> (as long as the text) the text with short lines.
    /// </summary>
    /// <param name="comments">How many comments were turned into spaces (the token budget counts them).</param>
    /// <returns>-1, or the offset where a run longer than <see cref="MaxUnbroken"/> starts (the copy is then unfinished).</returns>
    public static int Write(ReadOnlySpan<char> text, Span<char> copy, out int comments)
    {
        text.CopyTo(copy);
        comments = 0;
        var lineStart = 0;   // where the copy's current line starts
        var breakable = -1;  // the last place of the current line that may become a line feed
        var runStart = 0;    // where the current run with no such place starts
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                if (IsLoneCarriageReturn(text, i))
                    copy[i] = '\n';
                (lineStart, breakable, runStart) = (i + 1, -1, i + 1);
                i++;
                continue;
            }

            if (c is ' ' or '\t' or ',')
            {
                (breakable, runStart) = (i, i + 1);
                i++;
            }
            else if (c == '#')
            {
                var end = i;
                while (end < text.Length && text[end] is not ('\n' or '\r'))
                    end++;
                if (text[i..end].Contains('\\'))
                {
                    i = end; // kept as it is: GraphQLParser reads escapes in comments, an invalid one is an error
                }
                else
                {
                    comments++;
                    copy[i..end].Fill(' ');
                    (breakable, runStart) = (end - 1, end);
                    i = end;
                }
            }
            else if (c == '"' && text[i..].StartsWith("\"\"\""))
            {
                i = SkipBlockString(text, copy, i + 3, ref lineStart, ref breakable, ref runStart);
            }
            else if (c == '"')
            {
                i = SkipString(text, i + 1);
            }
            else
            {
                i++;
            }

            if (i - runStart > MaxUnbroken)
                return runStart;
            if (i - lineStart > LineLength && breakable >= lineStart)
            {
                copy[breakable] = '\n';
                lineStart = breakable + 1;
                breakable = -1;
            }
        }

        return -1;
    }

    private static bool IsLoneCarriageReturn(ReadOnlySpan<char> text, int i) =>
        text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n');

    /// <summary>After an opening quote: past the closing one, or at the line break or end where the string stops (the lexer reports it).</summary>
    private static int SkipString(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            switch (text[i])
            {
                case '"':
                    return i + 1;
                case '\\':
                    i += 2;
                    break;
                case '\n' or '\r':
                    return i;
                default:
                    i++;
                    break;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// After an opening <c>"""</c>: past the closing one (<c>\"""</c> does not close). Line breaks inside are the
    /// text's own and end the copy's line there; nothing else inside may become a line feed (it is the string's value).
    /// </summary>
    private static int SkipBlockString(ReadOnlySpan<char> text, Span<char> copy, int i, ref int lineStart, ref int breakable, ref int runStart)
    {
        while (i < text.Length)
        {
            if (text[i] is '\n' or '\r')
            {
                if (IsLoneCarriageReturn(text, i))
                    copy[i] = '\n';
                (lineStart, breakable, runStart) = (i + 1, -1, i + 1);
                i++;
            }
            else if (text[i] == '\\' && text[(i + 1)..].StartsWith("\"\"\""))
            {
                i += 4;
            }
            else if (text[i..].StartsWith("\"\"\""))
            {
                return i + 3;
            }
            else
            {
                i++;
            }

            if (i - runStart > MaxUnbroken)
                return i;
        }

        return text.Length;
    }
}
