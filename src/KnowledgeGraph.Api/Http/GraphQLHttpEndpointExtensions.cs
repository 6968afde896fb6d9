namespace KnowledgeGraph.Api.Http;

public static class GraphQLHttpEndpointExtensions
{
    /// <summary>Maps the GraphQL-over-HTTP endpoint (and the IDE page for browsers) at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(
        this IEndpointRouteBuilder endpoints, string pattern = "/graphql", Action<GraphQLHttpOptions>? configure = null)
    {
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        var pipeline = endpoints.CreateApplicationBuilder()
            .UseMiddleware<GraphQLHttpMiddleware>(options)
            .Build();
        return endpoints.Map(pattern, pipeline).WithDisplayName("GraphQL over HTTP");
    }
}
