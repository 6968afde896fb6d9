using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.PersistedDocuments.Errors;

/// <summary>A <c>documentId</c> that names no trusted (or registered) document.</summary>
public sealed class PersistedDocumentNotFoundError(string documentId)
    : GraphQLHttpError(StatusCodes.Status400BadRequest, "PERSISTED_DOCUMENT_NOT_FOUND",
        $"No persisted document has the id '{Shorten(documentId)}'.")
{
    private static string Shorten(string id) => id.Length <= 100 ? id : id[..100] + "…";
}
