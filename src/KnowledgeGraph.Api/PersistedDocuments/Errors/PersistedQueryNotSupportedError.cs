using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.PersistedDocuments.Errors;

/// <summary>Automatic persisted queries are turned off: Apollo's link then stops hashing and sends full queries.</summary>
public sealed class PersistedQueryNotSupportedError()
    : GraphQLHttpError(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
