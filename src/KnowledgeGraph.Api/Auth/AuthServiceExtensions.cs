using GraphQL.DI;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Auth;

public static class AuthServiceExtensions
{
    /// <summary>The default scheme: forwards bearer tokens to JWT (when configured) and everything else to API keys.</summary>
    public const string SchemeName = "KnowledgeGraph";

    /// <summary>
    /// Registers API-key and JWT bearer authentication (ASP.NET Core), one authorization policy per role, and the
    /// GraphQL rule that checks roles before a mutation runs.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName);
        // Read per request, not at registration: test hosts and configuration reloads may set them late.
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "API key or JWT bearer", options => options.ForwardDefaultSelector = context =>
                UsesJwt(context) ? JwtBearerDefaults.AuthenticationScheme : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((options, auth) => JwtBearerSetup.Configure(options, auth.Value.Jwt));
        services.AddAuthorizationBuilder()
            .AddPolicy(KnowledgeGraphRoles.Editor, policy => policy.RequireRole(KnowledgeGraphRoles.Satisfying(KnowledgeGraphRoles.Editor)))
            .AddPolicy(KnowledgeGraphRoles.Admin, policy => policy.RequireRole(KnowledgeGraphRoles.Admin));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, AuthorizationExecution>());
        return services;
    }

    private static bool UsesJwt(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Jwt.IsConfigured;
}
