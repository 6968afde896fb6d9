using System.Security.Claims;

namespace KnowledgeGraph.Api.Auth;

/// <summary>The name a write is recorded under in the audit trail: <c>apikey:&lt;name&gt;</c> or <c>jwt:&lt;subject&gt;</c>.</summary>
public static class WriterIdentity
{
    public const string Anonymous = "anonymous";

    public static string Of(ClaimsPrincipal? user)
    {
        var identity = user?.Identities.FirstOrDefault(i => i.IsAuthenticated);
        if (identity is null)
        {
            return Anonymous;
        }

        var name = identity.Name ?? identity.FindFirst("sub")?.Value ?? identity.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
        var scheme = identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName ? "apikey" : "jwt";
        return $"{scheme}:{name}";
    }
}
