using System.Security.Claims;

namespace KnowledgeGraph.Api.Caching;

/// <summary>The part of the cache key that tells callers with different rights apart (answers may differ by role).</summary>
public static class CallerRole
{
    public const string Anonymous = "anonymous";

    public static string Of(ClaimsPrincipal? user)
    {
        if (user is null || !IsAuthenticated(user))
            return Anonymous;
        var roles = user.Identities
            .SelectMany(identity => identity.FindAll(identity.RoleClaimType))
            .Select(claim => claim.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return $"roles:{string.Join(',', roles)}";
    }

    // Without LINQ or an enumerator when it can: this runs on every cached request, nearly always for an anonymous caller.
    private static bool IsAuthenticated(ClaimsPrincipal user)
    {
        if (user.Identities is not IReadOnlyList<ClaimsIdentity> identities)
            return user.Identities.Any(identity => identity.IsAuthenticated);
        for (var i = 0; i < identities.Count; i++)
        {
            if (identities[i].IsAuthenticated)
                return true;
        }
        return false;
    }
}
