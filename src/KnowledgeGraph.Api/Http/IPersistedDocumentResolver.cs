namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Turns a request that names a persisted document (<c>documentId</c>, or Apollo's <c>extensions.persistedQuery</c>)
/// into one with its query, and may refuse queries (an allowlist). Runs before execution when registered in DI; without
/// it a request must carry its query. Resolved once, from the application's services: register it as a singleton.
/// </summary>
public interface IPersistedDocumentResolver
{
    ValueTask<GraphQLHttpRequest> ResolveAsync(HttpContext context, GraphQLHttpRequest request);
}
