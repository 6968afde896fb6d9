using System.Runtime.CompilerServices;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Limits.Budget;

/// <summary>
/// What the service already made of a query text over <see cref="MinLength"/> characters, kept with the string a
/// request carries through its layers (the response cache's normaliser, the limits, the executer), so that each is
/// made once: the copy with short lines the text may need (<see cref="ShortLines"/>), its token count, and the
/// parser's syntax error (each layer used to parse the text and throw again). Shorter texts are not kept: re-reading
/// them is cheap. Entries live as long as their string (a weak table): nothing to bound.
/// </summary>
public static class LargeTextVerdicts
{
    /// <summary>Texts longer than this (characters) have their verdicts kept; shorter ones are cheap to read again.</summary>
    public const int MinLength = 1024;

    private static readonly ConditionalWeakTable<string, Verdicts> Kept = new();

    /// <summary>What to lex and parse for this text: itself, or its copy with short lines (<see cref="ShortLines"/>), kept.</summary>
    public static ReadableText ReadableOf(string text)
    {
        if (text.Length <= MinLength)
            return ReadableText.Of(text);
        var verdicts = Kept.GetOrCreateValue(text);
        return verdicts.Readable ??= ReadableText.Of(text);
    }

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
