using System.Security.Claims;
using System.Text.Json;
using KnowledgeGraph.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>
/// Credentials sent in a graphql-ws <c>connection_init</c> payload (browsers cannot set headers on a WebSocket):
/// <c>{"x-api-key": "…"}</c>, <c>{"apiKey": "…"}</c>, <c>{"authorization": "Bearer …"}</c> or <c>{"token": "…"}</c>. They
/// are checked by the service's own authentication schemes, as if they were the request's headers.
/// </summary>
internal static class PayloadCredentials
{
    /// <summary>Null when the payload carries no credentials; else the result of checking them.</summary>
    public static async Task<AuthenticateResult?> AuthenticateAsync(HttpContext connection, JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } fields)
            return null;
        string? apiKey = null, authorization = null;
        foreach (var field in fields.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.String)
                continue;
            var value = field.Value.GetString();
            switch (field.Name.ToLowerInvariant())
            {
                case "x-api-key" or "apikey" or "api_key":
                    apiKey = value;
                    break;
                case "authorization":
                    authorization = value;
                    break;
                case "token" or "bearer":
                    authorization = "Bearer " + value;
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(apiKey) && string.IsNullOrWhiteSpace(authorization))
            return null;
        await using var scope = connection.RequestServices.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Connection.RemoteIpAddress = connection.Connection.RemoteIpAddress;
        if (!string.IsNullOrWhiteSpace(apiKey))
            probe.Request.Headers[ApiKeyAuthenticationHandler.HeaderName] = apiKey;
        if (!string.IsNullOrWhiteSpace(authorization))
            probe.Request.Headers[HeaderNames.Authorization] = authorization;
        return await probe.AuthenticateAsync(AuthServiceExtensions.SchemeName);
    }

    public static bool IsAuthenticated(ClaimsPrincipal? user) => RoleCheck.IsAuthenticated(user);
}
