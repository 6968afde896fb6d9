using GraphQL.Validation;

namespace KnowledgeGraph.Api.GraphQL.Suggestions;

/// <summary>
/// A validation error worded anew (with a "did you mean"): the original's code, number, inner exception (so the same
/// <c>extensions.codes</c>), path and extensions. Still a <see cref="ValidationError"/>, so still a request error.
/// </summary>
internal sealed class WordedValidationError : ValidationError
{
    public WordedValidationError(string message, ValidationError original)
        : base(default, original.Number!, message, original.InnerException!, [])
    {
        Code = original.Code;
        Path = original.Path;
        if (original.Extensions is { Count: > 0 } extensions)
            Extensions = new Dictionary<string, object?>(extensions);
    }
}
