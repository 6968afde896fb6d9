using GraphQL.Execution;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>The document, or a string value in it (<c>"\ud800"</c>), is not valid Unicode: a lone surrogate.</summary>
public sealed class InvalidUnicodeError : DocumentError
{
    public const string ErrorCode = "INVALID_UNICODE";

    public InvalidUnicodeError()
        : base("The document holds text that is not valid Unicode (a lone surrogate, written as a \\u escape or raw). Send valid text.")
    {
        Code = ErrorCode;
    }
}
