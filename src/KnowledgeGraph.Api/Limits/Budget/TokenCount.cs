using System.Buffers;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Limits.Budget;

/// <summary>
/// Counts a GraphQL text's lexical tokens (comments included) with GraphQLParser's own lexer, without building
/// anything: one linear pass that stops as soon as the budget is passed. GraphQLParser has no token budget of its own
/// (its <c>ParserOptions</c> bound only the nesting depth), so this runs before the parser, as graphql-js's
/// <c>maxTokens</c> does. The same pass finds string values whose escapes decode to invalid Unicode (<c>"\ud800"</c>),
/// which no part of the service can store, compare or write back.
/// </summary>
public static class TokenCount
{
    /// <returns>True when the text holds at most <paramref name="maxTokens"/> tokens, or stops being lexable before.</returns>
    public static bool IsWithin(string text, int maxTokens, out int counted) => IsWithin(text, maxTokens, out counted, out _);

    /// <param name="validStrings">False when a string value read before the pass stopped is not valid UTF-16.</param>
    public static bool IsWithin(string text, int maxTokens, out int counted, out bool validStrings)
    {
        // A large text is counted once per request, however many layers ask (LargeTextVerdicts).
        if (LargeTextVerdicts.TryGetTokens(text, maxTokens, out var kept))
        {
            (counted, validStrings) = (kept.Counted, kept.ValidStrings);
            return kept.Within;
        }

        var readable = LargeTextVerdicts.ReadableOf(text);
        bool within;
        if (readable.UnbrokenAt >= 0)
        {
            // Not lexable without risk (DocumentBudget refuses it before the parser sees it).
            (within, counted, validStrings) = (true, 0, true);
        }
        else
        {
            within = LexCount(readable.Text.AsMemory(), maxTokens - readable.Comments, out counted, out validStrings);
            counted += readable.Comments;
        }

        LargeTextVerdicts.KeepTokens(text, new TokenVerdict(maxTokens, within, counted, validStrings));
        return within;
    }

    /// <summary>The same count over text that is not a string (yet): a pooled buffer, so that a refused text never becomes one.</summary>
    public static bool IsWithin(ReadOnlyMemory<char> text, int maxTokens, out int counted, out bool validStrings)
    {
        if (!ShortLines.NeedsCopy(text.Span))
            return LexCount(text, maxTokens, out counted, out validStrings);
        // Lexed as a copy with short lines and no lone CR (ShortLines), in a pooled buffer.
        var copy = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            if (ShortLines.Write(text.Span, copy.AsSpan(0, text.Length), out var comments) >= 0)
            {
                (counted, validStrings) = (0, true);
                return true; // not lexable without risk: refused on the text before parsing (DocumentBudget)
            }

            var within = LexCount(copy.AsMemory(0, text.Length), maxTokens - comments, out counted, out validStrings);
            counted += comments;
            return within;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(copy);
        }
    }

    private static bool LexCount(ReadOnlyMemory<char> text, int maxTokens, out int counted, out bool validStrings)
    {
        counted = 0;
        validStrings = true;
        ROM source = text;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                    return true;
                if (++counted > maxTokens)
                    return false;
                if (token.Kind == TokenKind.STRING && validStrings)
                    validStrings = IsValidUtf16(token.Value.Span);
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Not lexable from here on: the parser reports the syntax error, having read no more than this.
            return true;
        }
    }

    /// <summary>Every high surrogate followed by a low one, and no low one alone.</summary>
    public static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
                continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return false;
        }

        return true;
    }
}
