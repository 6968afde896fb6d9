using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cors;

public static class CorsExtensions
{
    /// <summary>Registers the cross-origin policies of <see cref="CorsSettings"/> (validated at start-up).</summary>
    public static IServiceCollection AddKnowledgeGraphCors(this IServiceCollection services)
    {
        services.AddOptions<CorsSettings>().BindConfiguration(CorsSettings.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CorsSettings>, CorsSettingsValidator>());
        services.AddSingleton<OriginAllowlist>();
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, CrossOriginPolicies>());
        return services;
    }

    /// <summary>
    /// CORS for every route (GraphQL over HTTP, SSE and WebSocket; exports; the rest): put it first, so that a preflight
    /// is answered before authentication or rate limiting and error responses carry the CORS headers too.
    /// </summary>
    public static IApplicationBuilder UseKnowledgeGraphCors(this IApplicationBuilder app) =>
        app.UseMiddleware<CrossOriginGuard>().UseCors();
}
