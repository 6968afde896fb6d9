using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.PersistedDocuments.Errors;

/// <summary>The service runs with trusted documents only and the request's document is not one of them.</summary>
public sealed class PersistedDocumentRequiredError()
    : GraphQLHttpError(StatusCodes.Status403Forbidden, "PERSISTED_DOCUMENT_REQUIRED",
        "This service only runs its trusted documents: send a 'documentId' from its manifest, not a query.");
