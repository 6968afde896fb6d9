using System.Security.Claims;
using GraphQL;

namespace KnowledgeGraph.Api.Auth;

/// <summary>Whether a caller is authenticated and holds a role; the errors a GraphQL field answers otherwise.</summary>
public static class RoleCheck
{
    /// <summary>The metadata key of a GraphQL field that needs a role.</summary>
    public const string RequiredRoleKey = "KnowledgeGraph.RequiredRole";

    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";
    public const string SubjectRequiredCode = "SUBJECT_REQUIRED";

    public static bool IsAuthenticated(ClaimsPrincipal? user) => user?.Identities.Any(i => i.IsAuthenticated) == true;

    /// <summary>Holds <paramref name="required"/> (admin counts as editor).</summary>
    public static bool HasRole(ClaimsPrincipal? user, string required) =>
        IsAuthenticated(user) && KnowledgeGraphRoles.Satisfying(required).Any(user!.IsInRole);

    public static void Demand(ClaimsPrincipal? user, string required)
    {
        if (!IsAuthenticated(user))
        {
            throw new ExecutionError(UnauthenticatedMessage) { Code = UnauthenticatedCode };
        }

        if (!HasRole(user, required))
        {
            throw new ExecutionError(ForbiddenMessage(required)) { Code = ForbiddenCode };
        }

        // Every write is audited under its author: a token without a subject names nobody.
        if (!WriterIdentity.HasSubject(user))
        {
            throw new ExecutionError(SubjectRequiredMessage) { Code = SubjectRequiredCode };
        }
    }

    public const string SubjectRequiredMessage =
        "This token has no subject (sub claim): writes are recorded under their author, so they need one.";

    public const string UnauthenticatedMessage =
        "Writing needs an identity: send an API key (X-Api-Key) or a bearer token.";

    public static string ForbiddenMessage(string required) => $"This needs the {required} role.";
}
