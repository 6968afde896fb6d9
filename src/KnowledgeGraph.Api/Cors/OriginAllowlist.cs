using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cors;

/// <summary>
/// The configured origins: the named ones (local dev servers by default, plus <c>AllowedOrigins</c>), which may send
/// credentials, and whether <c>*</c> lets any other page make anonymous reads.
/// </summary>
public sealed class OriginAllowlist
{
    private static readonly string[] LocalHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly OriginPattern[] _named;

    public OriginAllowlist(IOptions<CorsSettings> options)
    {
        var settings = options.Value;
        var named = new List<OriginPattern>();
        if (settings.AllowLocalhost)
            named.AddRange(LocalHosts.Select(host => OriginPattern.AnyPort("http", host)));
        foreach (var entry in settings.AllowedOrigins)
        {
            if (entry.Trim() == "*")
                AllowsAnyOrigin = true;
            else if (OriginPattern.TryParse(entry, out _) is { } pattern)
                named.Add(pattern);
        }
        _named = [.. named];
    }

    /// <summary><c>*</c> is configured: any page may read anonymously.</summary>
    public bool AllowsAnyOrigin { get; }

    /// <summary>
    /// The origin is a named one (echoed back, credentials allowed). <c>null</c> (an opaque origin) never is, nor an
    /// origin that is not ASCII (browsers send a name in punycode; request headers are read as bytes, and a response
    /// header must be ASCII).
    /// </summary>
    public bool IsNamed(string? origin) =>
        origin is { Length: > 0 } && origin != "null" && System.Text.Ascii.IsValid(origin)
        && Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && !origin.EndsWith('/')
        && _named.Any(pattern => pattern.Matches(uri));

    /// <summary>A request from this origin may be served at all (named, or any origin when <c>*</c> is set).</summary>
    public bool Allows(string? origin) => AllowsAnyOrigin || IsNamed(origin);
}
