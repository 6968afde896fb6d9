using KnowledgeGraph.Api.Auth;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Cors;

/// <summary>
/// Gives ASP.NET Core's CORS middleware one of two policies per request. A named origin gets its origin echoed
/// (<c>Vary: Origin</c>), credentials allowed and every header our clients send. Any other origin, when <c>*</c> is
/// configured, gets <c>Access-Control-Allow-Origin: *</c>, which the Fetch standard never combines with credentials,
/// and no <c>Authorization</c> or <c>X-Api-Key</c> (a wildcard would not cover <c>Authorization</c> anyway): anonymous
/// reads only. Without <c>*</c> an unknown origin gets no CORS header, so the browser refuses the response.
/// </summary>
public sealed class CrossOriginPolicies : ICorsPolicyProvider
{
    /// <summary>Headers any cross-origin page may send: what fetch, Apollo Client, graphql-sse and CDN revalidation send, and read-your-writes bookmarks.</summary>
    public static readonly string[] AnonymousRequestHeaders =
    [
        HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.IfNoneMatch, HeaderNames.CacheControl, "Last-Event-ID",
        "apollographql-client-name", "apollographql-client-version", "apollo-require-preflight",
        "x-apollo-operation-name", "graphql-client-name", "graphql-client-version", "x-graphql-event-stream-token",
        Bookmarks.BookmarkHeader.Name,
    ];

    /// <summary>Headers only named origins may send: the credentials of the API.</summary>
    public static readonly string[] CredentialHeaders = [HeaderNames.Authorization, ApiKeyAuthenticationHandler.HeaderName];

    /// <summary>Response headers a page may read besides the safelisted ones.</summary>
    public static readonly string[] ExposedHeaders =
    [
        HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.CacheControl, HeaderNames.Expires, HeaderNames.LastModified,
        HeaderNames.ContentDisposition, HeaderNames.ContentLength, HeaderNames.Vary, HeaderNames.Allow,
        "RateLimit", "RateLimit-Policy", Tables.CsvResponder.ErrorsHeader,
    ];

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Head];

    private readonly OriginAllowlist _origins;
    private readonly Task<CorsPolicy?> _named;
    private readonly Task<CorsPolicy?> _anyOrigin;

    public CrossOriginPolicies(OriginAllowlist origins, IOptions<CorsSettings> options)
    {
        _origins = origins;
        var maxAge = options.Value.PreflightMaxAge;
        _named = Task.FromResult<CorsPolicy?>(new CorsPolicyBuilder()
            .SetIsOriginAllowed(origins.IsNamed)
            .AllowCredentials()
            .WithMethods(Methods)
            .WithHeaders([.. AnonymousRequestHeaders, .. CredentialHeaders])
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(maxAge)
            .Build());
        _anyOrigin = Task.FromResult<CorsPolicy?>(new CorsPolicyBuilder()
            .AllowAnyOrigin()
            .WithMethods(Methods)
            .WithHeaders(AnonymousRequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(maxAge)
            .Build());
    }

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName) =>
        _origins.AllowsAnyOrigin && !_origins.IsNamed(context.Request.Headers.Origin) ? _anyOrigin : _named;
}
