using System.Security.Claims;

namespace KnowledgeGraph.Api.Caching;

/// <summary>The part of the cache key that tells callers with different rights apart (answers may differ by role).</summary>
public static class CallerRole
{
    public const string Anonymous = "anonymous";

    public static string Of(ClaimsPrincipal? user)
    {
        if (user?.Identities.Any(identity => identity.IsAuthenticated) != true)
            return Anonymous;
        var roles = user.Identities
            .SelectMany(identity => identity.FindAll(identity.RoleClaimType))
            .Select(claim => claim.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return $"roles:{string.Join(',', roles)}";
    }
}
