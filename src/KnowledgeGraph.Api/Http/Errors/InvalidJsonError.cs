namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>The body (or a JSON query-string parameter) is not JSON.</summary>
public sealed class InvalidJsonError(string message)
    : GraphQLHttpError(StatusCodes.Status400BadRequest, "INVALID_JSON", message);
