using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The entity tag of an export: a hash of the data version, the file name and the query string in a canonical order,
/// and of this process's start (a store that numbers its versions in memory starts again at each start, so a tag of
/// another run must not match). Same tag, same bytes: the exporters are deterministic.
/// </summary>
public static class ExportETag
{
    private static readonly string ProcessNonce = Guid.NewGuid().ToString("N");

    public static string Of(long dataVersion, string file, IQueryCollection query)
    {
        var canonical = new StringBuilder();
        canonical.Append(CultureInfo.InvariantCulture, $"{ProcessNonce}\n{dataVersion}\n{file}\n");
        foreach (var (name, values) in query.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            canonical.Append(name).Append('=').AppendJoin(',', values.Select(v => v ?? "")).Append('\n');
        }

        var hash = XxHash128.Hash(Encoding.UTF8.GetBytes(canonical.ToString()));
        return "\"" + Convert.ToHexStringLower(hash) + "\"";
    }

    /// <summary>Whether the request's <c>If-None-Match</c> names this tag (or <c>*</c>); weak comparison, as RFC 9110 says for it.</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        if (!request.Headers.TryGetValue(HeaderNames.IfNoneMatch, out var header) ||
            !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(tag => tag.Tag == "*" || tag.Compare(ours, useStrongComparison: false));
    }
}
