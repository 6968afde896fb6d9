using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Auth;

/// <summary>
/// ASP.NET Core's authentication middleware, run only for requests that carry credentials. Every scheme of the
/// service reads a header (<c>Authorization</c>: a JWT bearer token or <c>ApiKey …</c>; or <c>X-Api-Key</c>), so a
/// request without one of them stays anonymous whatever the middleware does; skipping it spares an anonymous
/// request (nearly all read traffic) the per-request handler instances, its service scope and its tasks.
/// </summary>
public static class CredentialAuthentication
{
    // WebApplication adds UseAuthentication() in front of the pipeline unless the app has added it itself, which it
    // records under this key (UseAuthentication sets it on the builder it is called on; a UseWhen branch is a copy).
    // Were the key to change, the middleware would run for every request again: slower, never less secure.
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    public static IApplicationBuilder UseCredentialAuthentication(this IApplicationBuilder app)
    {
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        return app.UseWhen(CarriesCredentials, branch => branch.UseAuthentication());
    }

    public static bool CarriesCredentials(HttpContext context)
    {
        var headers = context.Request.Headers;
        return headers.ContainsKey(HeaderNames.Authorization) || headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);
    }
}
