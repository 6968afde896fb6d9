using KnowledgeGraph.Api.Audit;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Cors;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Failures;
using KnowledgeGraph.Api.Imports;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Subscriptions;
using KnowledgeGraph.Api.Tables;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

public static class KnowledgeGraphEndpointExtensions
{
    public const string GraphQLPath = "/graphql";

    /// <summary>The request pipeline and routes: CORS, compression, the IDE's static files, GraphQL, health (readiness as JSON), metrics, <c>/</c>.</summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        app.UseKnowledgeGraphCors();
        app.UseCodedErrorPages();
        app.UseResponseCompression();
        app.UseStaticFiles();
        app.UseCredentialAuthentication();
        app.UseAuthorization();
        app.UseHeavyWorkTurns();
        app.UseRateLimiter();
        app.UseGraphQLSubscriptions(GraphQLPath);
        app.UseGraphQLTables(GraphQLPath);
        app.MapGraphQLHttp(GraphQLPath, app.Services.ConfigureGraphQLHttp()).RequireClientRateLimit();
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], () => Results.Redirect(GraphQLPath)).ExcludeFromDescription();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(KnowledgeGraphServiceExtensions.ReadyTag),
        }.WithJsonReport());
        app.MapKnowledgeGraphOperations();
        app.MapKnowledgeGraphAnalytics();
        app.MapKnowledgeGraphAudit();
        app.MapKnowledgeGraphImports();
        return app;
    }
}
