using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.PersistedDocuments.Errors;

/// <summary>
/// Apollo's automatic persisted queries: the hash is not registered here. Message and code are the protocol's, which
/// Apollo's persisted-queries link tests (either one) to send the query with its hash next.
/// </summary>
public sealed class PersistedQueryNotFoundError()
    : GraphQLHttpError(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
