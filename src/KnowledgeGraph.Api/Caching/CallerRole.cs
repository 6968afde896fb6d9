using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features.Authentication;

namespace KnowledgeGraph.Api.Caching;

/// <summary>The part of the cache key that tells callers with different rights apart (answers may differ by role).</summary>
public static class CallerRole
{
    public const string Anonymous = "anonymous";

    /// <summary>The role of the request's caller; an anonymous request is told without creating its empty principal.</summary>
    public static string Of(HttpContext context) =>
        context.Features.Get<IHttpAuthenticationFeature>()?.User is { } user ? Of(user) : Anonymous;

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
