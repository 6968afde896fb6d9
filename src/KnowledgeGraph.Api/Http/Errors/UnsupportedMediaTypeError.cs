namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>A POST whose Content-Type is missing, not application/json, or not UTF-8.</summary>
public sealed class UnsupportedMediaTypeError(string? contentType)
    : GraphQLHttpError(
        StatusCodes.Status415UnsupportedMediaType,
        "UNSUPPORTED_MEDIA_TYPE",
        contentType is null
            ? "A POST request needs the header 'Content-Type: application/json'."
            : $"Content-Type '{contentType}' is not supported; use 'application/json' (UTF-8).");
