using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.PersistedDocuments.Errors;

/// <summary>A malformed <c>documentId</c> (a <c>sha256:</c> id without 64 hex digits, an unknown prefix), or one sent with a <c>query</c>.</summary>
public sealed class InvalidDocumentIdError(string message)
    : GraphQLHttpError(StatusCodes.Status400BadRequest, "INVALID_DOCUMENT_ID", message);
