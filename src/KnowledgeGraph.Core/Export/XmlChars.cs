using System.Text;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// Text as XML 1.0 can carry it. XML 1.0 allows only tab, line feed, carriage return, U+0020–U+D7FF,
/// U+E000–U+FFFD and the supplementary planes (as surrogate pairs); anything else (U+0000–U+001F controls, lone
/// surrogates, U+FFFE, U+FFFF) makes a parser refuse the whole document, so exporters replace it with U+FFFD.
/// Writes refuse such characters (<see cref="FirstInvalid"/>), but a store may hold data from before that rule or
/// written by others.
/// </summary>
public static class XmlChars
{
    public const char Replacement = '\uFFFD';

    /// <summary>The index of the first character XML 1.0 cannot carry, or -1.</summary>
    public static int FirstInvalid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPlainValid(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>The text with each character XML 1.0 cannot carry replaced by U+FFFD (the same instance when all are valid).</summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPlainValid(c))
            {
                clean.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(Replacement);
            }
        }

        return clean.ToString();
    }

    /// <summary>The text with lone surrogates (which no UTF-8 or JSON writer can encode) replaced by U+FFFD.</summary>
    public static string WellFormedUtf16(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = Replacement;
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>A human-readable name of a character, e.g. <c>U+FFFF</c>.</summary>
    public static string Describe(string text, int index) =>
        char.IsSurrogate(text[index]) ? $"a lone surrogate U+{(int)text[index]:X4}" : $"U+{(int)text[index]:X4}";

    private static bool IsPlainValid(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
