using GraphQLParser;

namespace KnowledgeGraph.Api.Limits.Budget;

/// <summary>
/// The text the lexer and the parser read for a client's text: the text itself, or its copy with short lines
/// (<see cref="ShortLines"/>), or, when no copy can be made, the offset of the run that prevents it.
/// </summary>
/// <param name="Text">What to lex and parse: same offsets and tokens as the client's text.</param>
/// <param name="Comments">Comments the copy turned into spaces (0 for the text itself).</param>
/// <param name="UnbrokenAt">-1, or where a run longer than <see cref="ShortLines.MaxUnbroken"/> starts (then do not lex).</param>
public sealed record ReadableText(string Text, int Comments, int UnbrokenAt)
{
    public bool IsCopy(string original) => !ReferenceEquals(Text, original);

    /// <summary>The client's text if it needs no copy, else its copy (computed here: callers keep it, see LargeTextVerdicts).</summary>
    public static ReadableText Of(string text)
    {
        if (!ShortLines.NeedsCopy(text))
            return new ReadableText(text, 0, -1);
        var copy = new char[text.Length];
        var unbrokenAt = ShortLines.Write(text, copy, out var comments);
        return unbrokenAt >= 0 ? new ReadableText(text, 0, unbrokenAt) : new ReadableText(new string(copy), comments, -1);
    }

    /// <summary>The offset of a line and column of <see cref="Text"/> (GraphQL's line breaks: LF, CR, CRLF).</summary>
    public int OffsetOf(Location location)
    {
        var line = 1;
        var i = 0;
        while (line < location.Line && i < Text.Length)
        {
            if (Text[i] == '\r' && i + 1 < Text.Length && Text[i + 1] == '\n')
                i++;
            if (Text[i] is '\n' or '\r')
                line++;
            i++;
        }

        return Math.Min(Text.Length, i + location.Column - 1);
    }
}
