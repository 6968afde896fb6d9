namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>A request refused before execution; carries its HTTP status and a stable <c>extensions.code</c>.</summary>
public abstract class GraphQLHttpError(int statusCode, string code, string message) : Exception(message), IHttpStatusError
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>More for the client beside the code (suggestions, candidates…), written into <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The methods to list in an <c>Allow</c> header, for 405 only.</summary>
    public virtual string? Allow => null;
}
