namespace KnowledgeGraph.Api.Cors;

/// <summary>Which web pages may call the API from another origin, bound from <c>KnowledgeGraph:Cors</c>.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "KnowledgeGraph:Cors";

    /// <summary>
    /// Origins allowed besides the local ones: exact (<c>https://viz.example.org</c>), any port
    /// (<c>http://dev.example.org:*</c>), any subdomain (<c>https://*.example.org</c>), or <c>*</c>: any page, for
    /// anonymous reads only (no credentials, no <c>Authorization</c> or <c>X-Api-Key</c> header).
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Allow <c>http://localhost:*</c>, <c>http://127.0.0.1:*</c> and <c>http://[::1]:*</c> (dev servers).</summary>
    public bool AllowLocalhost { get; set; } = true;

    /// <summary>How long a browser may reuse a preflight answer (<c>Access-Control-Max-Age</c>).</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
