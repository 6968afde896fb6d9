namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>JSON, but not a GraphQL-over-HTTP request: not an object, <c>query</c> missing, a parameter of the wrong type.</summary>
public sealed class InvalidRequestError(string message)
    : GraphQLHttpError(StatusCodes.Status400BadRequest, "INVALID_REQUEST", message);
