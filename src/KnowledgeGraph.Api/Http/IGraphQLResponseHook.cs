using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Takes over the execute-and-write step of the endpoint when registered in DI (the response cache and request
/// telemetry plug in here). It must write the response; <paramref name="execute"/> runs the request as the endpoint would.
/// Resolved once, from the application's services: register it as a singleton.
/// </summary>
public interface IGraphQLResponseHook
{
    Task RespondAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, GraphQLExecution execute);
}

/// <summary>Executes a request as the endpoint would (one delegate for all requests, so none is allocated per request).</summary>
public delegate Task<ExecutionResult> GraphQLExecution(HttpContext context, GraphQLHttpRequest request);
