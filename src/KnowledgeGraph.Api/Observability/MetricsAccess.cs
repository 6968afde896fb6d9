using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Exports;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// The door of <c>/metrics</c>, its own setting (<see cref="OperationsOptions.MetricsKeyHash"/>): open, or a key the
/// scraper sends as a bearer token or in <c>X-Api-Key</c>. A request without the key gets 401 <c>UNAUTHENTICATED</c>
/// in the API's error shape.
/// </summary>
public static class MetricsAccess
{
    public static TBuilder RequireMetricsKey<TBuilder>(this TBuilder endpoint, string? keyHash) where TBuilder : IEndpointConventionBuilder
    {
        if (string.IsNullOrWhiteSpace(keyHash))
            return endpoint;
        endpoint.Add(builder =>
        {
            var next = builder.RequestDelegate!;
            builder.RequestDelegate = async context =>
            {
                if (KeyOf(context.Request) is { } key && ApiKeyHash.Matches(key, keyHash))
                {
                    await next(context);
                    return;
                }

                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
                await ExportErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, RoleCheck.UnauthenticatedCode,
                    "The metrics need their key: send it as 'Authorization: Bearer <key>' or in X-Api-Key.");
            };
        });
        return endpoint;
    }

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers[ApiKeyAuthenticationHandler.HeaderName] is [{ Length: > 0 } apiKey])
            return apiKey;
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }
}
