using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Takes over the execute-and-write step of the endpoint when registered in DI (the response cache and request
/// telemetry plug in here). It must write the response; <paramref name="execute"/> runs the request as the endpoint would.
/// </summary>
public interface IGraphQLResponseHook
{
    Task RespondAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, Func<Task<ExecutionResult>> execute);
}
