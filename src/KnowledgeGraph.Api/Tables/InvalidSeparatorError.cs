using GraphQL;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Tables;

/// <summary>400 <c>INVALID_ARGUMENT</c>: a CSV separator other than <c>comma</c> or <c>semicolon</c> (with <c>extensions.suggestions</c>).</summary>
public sealed class InvalidSeparatorError : ExecutionError, IHttpStatusError
{
    public InvalidSeparatorError(string message, IReadOnlyList<string> suggestions)
        : base(message)
    {
        Code = "INVALID_ARGUMENT";
        if (suggestions.Count > 0)
        {
            Extensions ??= new Dictionary<string, object?>();
            Extensions["suggestions"] = suggestions.ToArray();
        }
    }

    public int StatusCode => StatusCodes.Status400BadRequest;

    public string? Allow => null;
}
