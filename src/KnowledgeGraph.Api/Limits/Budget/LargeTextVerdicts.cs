using System.Runtime.CompilerServices;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Limits.Budget;

/// <summary>
/// What the lexer and the parser already said of a large query text, kept with the string a request carries through
/// its layers (the response cache's normaliser, the limits, the executer), so that each is said once. A syntax error far
/// along a long line is costly to say: GraphQLParser's exception pads a caret to the error's column one character at a
/// time, in time and garbage quadratic in the column (12 s at column 200,000), and the normaliser and the limits each
/// used to parse the text and throw (a third of the bytes a hostile run allocated). Texts shorter than
/// <see cref="MinLength"/> are not kept: re-reading them is cheap. The copy with short lines a text may need
/// (<see cref="ShortLines"/>) is kept the same way.
/// Entries live as long as their string (a weak table): nothing to bound.
/// </summary>
public static class LargeTextVerdicts
{
    /// <summary>Texts longer than this (characters) have their verdicts kept (shorter ones cannot have a long line).</summary>
    public const int MinLength = ShortLines.LineLength;

    /// <summary>What to lex and parse for this text: itself, or its copy with short lines (<see cref="ShortLines"/>), kept.</summary>
    public static ReadableText ReadableOf(string text)
    {
        if (text.Length <= MinLength)
            return ReadableText.Of(text);
        var verdicts = Kept.GetOrCreateValue(text);
        return verdicts.Readable ??= ReadableText.Of(text);
    }

    private static readonly ConditionalWeakTable<string, Verdicts> Kept = new();

    /// <summary>The token count kept for this text with this budget, if any.</summary>
    public static bool TryGetTokens(string text, int maxTokens, out TokenVerdict verdict)
    {
        verdict = default;
        if (text.Length <= MinLength || !Kept.TryGetValue(text, out var verdicts) || verdicts.Tokens is not { } kept || kept.MaxTokens != maxTokens)
            return false;
        verdict = kept;
        return true;
    }

    public static void KeepTokens(string text, TokenVerdict verdict)
    {
        if (text.Length > MinLength)
            Kept.GetOrCreateValue(text).Tokens = verdict;
    }

    /// <summary>The syntax error the parser found in this text, if it was parsed and failed.</summary>
    public static GraphQLSyntaxErrorException? SyntaxErrorOf(string text) =>
        text.Length > MinLength && Kept.TryGetValue(text, out var verdicts) ? verdicts.SyntaxError : null;

    /// <summary>
    /// Keeps the parser's syntax error. Parsers of different options agree on it: whether a text is well-formed, and
    /// where it first is not, depends neither on what the tree keeps (comments, locations) nor, below the shared
    /// nesting limit of 128, on anything else.
    /// </summary>
    public static void KeepSyntaxError(string text, GraphQLSyntaxErrorException error)
    {
        if (text.Length > MinLength)
            Kept.GetOrCreateValue(text).SyntaxError = error;
    }

    private sealed class Verdicts
    {
        public ReadableText? Readable { get; set; }

        public TokenVerdict? Tokens { get; set; }

        public GraphQLSyntaxErrorException? SyntaxError { get; set; }
    }
}

/// <summary>A token count: the budget it was counted against, its outcome, and whether every string value was valid UTF-16.</summary>
public readonly record struct TokenVerdict(int MaxTokens, bool Within, int Counted, bool ValidStrings);
