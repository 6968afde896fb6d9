namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>A method other than the ones the endpoint serves (GET and POST, or POST only).</summary>
public sealed class MethodNotAllowedError(string method, string allow)
    : GraphQLHttpError(
        StatusCodes.Status405MethodNotAllowed,
        "METHOD_NOT_ALLOWED",
        $"Method {method} is not allowed; use {allow}.")
{
    public override string? Allow => allow;
}
