using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// The one normal form of text for matching, sorting and search: compatibility-decomposed, accents removed,
/// ligatures spelled out, lower case (invariant), punctuation (every Unicode punctuation character: hyphens, dashes,
/// apostrophes ' and ’, quotes, dots, commas, brackets…) counted as white space, inner white space collapsed to one
/// space, trimmed. "Île-de-France", "ile de france" and "ILE - DE - FRANCE" are equal; "l’Hérault" and "l'Hérault"
/// both become "l herault"; "Œuvre" becomes "oeuvre". Both stores use it: the embedded store at load time, the Neo4j
/// store as a stored shadow property, so their comparisons agree (a Neo4j database seeded with an older normal form
/// must be seeded again).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LatinFolding.TryFold(text) ?? NormalizeUnicode(text);
    }

    /// <summary>The full definition, for any text: the fast path of <see cref="LatinFolding"/> must agree with it.</summary>
    internal static string NormalizeUnicode(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (IsSeparator(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            AppendLower(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>White space, and punctuation, which separates words as white space does.</summary>
    internal static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c);

    private static void AppendLower(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ': builder.Append("oe"); break;
            case 'æ' or 'Æ': builder.Append("ae"); break;
            case 'ß': builder.Append("ss"); break;
            default: builder.Append(char.ToLowerInvariant(c)); break;
        }
    }
}
