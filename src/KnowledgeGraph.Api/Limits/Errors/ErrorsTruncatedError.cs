using GraphQL.Execution;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>The last error of a response that had more than <see cref="LimitsOptions.MaxErrors"/>: how many were dropped.</summary>
public sealed class ErrorsTruncatedError : DocumentError
{
    public const string ErrorCode = "ERRORS_TRUNCATED";

    public ErrorsTruncatedError(int dropped)
        : base($"{dropped} more errors were dropped from this response. Fix the ones above and send the request again.")
    {
        Code = ErrorCode;
    }
}
