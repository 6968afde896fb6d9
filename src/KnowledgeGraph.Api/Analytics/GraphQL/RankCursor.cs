using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>The opaque cursor of a ranking page: the number of ranks before the next page, as base64 of <c>rank:N</c>.</summary>
internal static class RankCursor
{
    private const string Prefix = "rank:";

    public static string Of(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int Parse(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw AnalyticsErrors.InvalidArgument($"'{cursor}' is not a cursor of this ranking; give the endCursor of a previous page.");
    }
}
