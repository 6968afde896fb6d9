using KnowledgeGraph.Api.Auth;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The rule of <c>/graphql</c> for reading, applied to the other doors that serve data (exports, the explorer page):
/// when <see cref="AuthOptions.RequireAuthenticatedReads"/> is set, an anonymous request gets 401
/// <c>UNAUTHENTICATED</c> in the API's error shape.
/// </summary>
public static class ReadAccess
{
    public const string Message = "Reading needs an identity here: send an API key or a bearer token.";

    public static bool ReadsAreClosed(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RequireAuthenticatedReads;

    /// <summary>True when the request may read; otherwise the 401 is written and false returned.</summary>
    public static async Task<bool> AdmitAsync(HttpContext context)
    {
        if (!ReadsAreClosed(context) || RoleCheck.IsAuthenticated(context.User))
        {
            return true;
        }

        await ExportErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, RoleCheck.UnauthenticatedCode, Message);
        return false;
    }
}
