using GraphQL;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>The operation ran longer than the configured timeout and was cancelled (503: the server gave up, not the client).</summary>
public sealed class QueryTimeoutError : ExecutionError, IHttpStatusError
{
    public const string ErrorCode = "QUERY_TIMEOUT";

    public QueryTimeoutError(TimeSpan timeout)
        : base(FormattableString.Invariant($"The query did not finish within {timeout.TotalSeconds:0.###} seconds and was stopped. ") +
            "Ask for less: smaller pages, fewer nested lists or a narrower filter.")
    {
        Code = ErrorCode;
    }

    public int StatusCode => StatusCodes.Status503ServiceUnavailable;

    public string? Allow => null;

    public static ExecutionResult Result(TimeSpan timeout) => new() { Errors = [new QueryTimeoutError(timeout)] };
}
