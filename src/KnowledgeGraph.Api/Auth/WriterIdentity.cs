using System.Security.Claims;

namespace KnowledgeGraph.Api.Auth;

/// <summary>The name a write is recorded under in the audit trail: <c>apikey:&lt;name&gt;</c> or <c>jwt:&lt;subject&gt;</c>.</summary>
public static class WriterIdentity
{
    public const string Anonymous = "anonymous";

    /// <summary>Whether the caller is authenticated under a name (an API key's, a token's <c>sub</c>) a write can be recorded under.</summary>
    public static bool HasSubject(ClaimsPrincipal? user) =>
        user?.Identities.FirstOrDefault(i => i.IsAuthenticated) is { } identity && SubjectOf(identity) is not null;

    public static string Of(ClaimsPrincipal? user)
    {
        var identity = user?.Identities.FirstOrDefault(i => i.IsAuthenticated);
        if (identity is null)
        {
            return Anonymous;
        }

        var name = SubjectOf(identity) ?? "unknown";
        var scheme = identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName ? "apikey" : "jwt";
        return $"{scheme}:{name}";
    }

    private static string? SubjectOf(ClaimsIdentity identity) =>
        new[] { identity.Name, identity.FindFirst("sub")?.Value, identity.FindFirst(ClaimTypes.NameIdentifier)?.Value }
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
