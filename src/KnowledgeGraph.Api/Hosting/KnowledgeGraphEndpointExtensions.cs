using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

public static class KnowledgeGraphEndpointExtensions
{
    public const string GraphQLPath = "/graphql";

    /// <summary>The request pipeline and routes: compression, the IDE's static files, GraphQL, health, <c>/</c>.</summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles();
        app.MapGraphQLHttp(GraphQLPath);
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], () => Results.Redirect(GraphQLPath)).ExcludeFromDescription();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(KnowledgeGraphServiceExtensions.ReadyTag),
        });
        return app;
    }
}
