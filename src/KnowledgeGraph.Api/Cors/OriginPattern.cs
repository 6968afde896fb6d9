namespace KnowledgeGraph.Api.Cors;

/// <summary>
/// One allowed-origin entry: an exact origin, an origin with any port (<c>http://host:*</c>) or with any subdomain
/// (<c>https://*.example.org</c>, which does not match <c>https://example.org</c> itself). Origins compare as the
/// browser serialises them: scheme and host case-insensitively, the default port left out.
/// </summary>
public sealed class OriginPattern
{
    private readonly string _scheme;
    private readonly string _host;
    private readonly bool _anySubdomain;
    private readonly int? _port; // null: any port

    private OriginPattern(string scheme, string host, bool anySubdomain, int? port)
    {
        _scheme = scheme;
        _host = host;
        _anySubdomain = anySubdomain;
        _port = port;
    }

    public static OriginPattern AnyPort(string scheme, string host) => new(scheme, host, anySubdomain: false, port: null);

    /// <summary>Parses a configured entry, or returns null with the reason when it is not an origin pattern.</summary>
    public static OriginPattern? TryParse(string entry, out string? problem)
    {
        problem = null;
        var text = entry.Trim();
        var anyPort = text.EndsWith(":*", StringComparison.Ordinal);
        if (anyPort) text = text[..^2];
        var anySubdomain = text.Contains("://*.", StringComparison.Ordinal);
        if (anySubdomain) text = text.Replace("://*.", "://", StringComparison.Ordinal);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || text.EndsWith('/') || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            problem = $"'{entry}' is not an origin (scheme://host[:port], optionally ':*' for any port or '*.' before the domain).";
            return null;
        }
        return new OriginPattern(uri.Scheme, uri.Host, anySubdomain, anyPort ? null : uri.Port);
    }

    public bool Matches(Uri origin)
    {
        if (!string.Equals(origin.Scheme, _scheme, StringComparison.OrdinalIgnoreCase)) return false;
        if (_port is { } port && origin.Port != port) return false;
        var host = origin.Host;
        return _anySubdomain
            ? host.EndsWith("." + _host, StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, _host, StringComparison.OrdinalIgnoreCase);
    }
}
