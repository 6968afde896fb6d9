namespace KnowledgeGraph.Api.Auth;

/// <summary>Who may do what, bound from <c>KnowledgeGraph:Auth</c>. Reading is open unless <see cref="RequireAuthenticatedReads"/>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "KnowledgeGraph:Auth";

    /// <summary>Queries need an identity too (any role) when true; by default anyone may read.</summary>
    public bool RequireAuthenticatedReads { get; set; }

    /// <summary>API keys, each stored as the SHA-256 hex of the key (make one with <c>kg hash-key</c>).</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    /// <summary>JWT bearer tokens from one issuer; off while neither an authority nor a signing key is set.</summary>
    public JwtSettings Jwt { get; set; } = new();
}

public sealed class ApiKeyEntry
{
    /// <summary>Who the key belongs to: recorded in the audit trail as <c>apikey:&lt;name&gt;</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The SHA-256 of the key, as hex (case ignored).</summary>
    public string Hash { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];
}

public sealed class JwtSettings
{
    /// <summary>The OpenID Connect authority whose published keys sign the tokens.</summary>
    public string? Authority { get; set; }

    /// <summary>The expected <c>iss</c> (defaults to the authority's).</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>; not checked when empty.</summary>
    public string? Audience { get; set; }

    /// <summary>A shared HMAC key (UTF-8, at least 32 bytes) instead of an authority: for tests and closed setups.</summary>
    public string? SigningKey { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// How far a token's <c>exp</c>/<c>nbf</c> may be off the service's clock and still be accepted (ASP.NET's own
    /// default is 5 minutes; tokens expired longer ago than this are refused).
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
