using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Tests.Text;

/// <summary>
/// The normal form as first defined (full Unicode compatibility decomposition of the whole text, then a character
/// loop), kept as the oracle the optimised <see cref="Core.Text.TextNormalizer"/> must match exactly. Since issue 15,
/// punctuation (any Unicode category P*) separates words as white space does.
/// </summary>
internal static class ReferenceNormalizer
{
    public static string Normalize(string text)
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

            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation
                    or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                    or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case 'œ' or 'Œ': builder.Append("oe"); break;
                case 'æ' or 'Æ': builder.Append("ae"); break;
                case 'ß': builder.Append("ss"); break;
                default: builder.Append(char.ToLowerInvariant(c)); break;
            }
        }

        return builder.ToString();
    }
}
