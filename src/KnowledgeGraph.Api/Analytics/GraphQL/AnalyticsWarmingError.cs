using GraphQL;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>
/// 503 <c>ANALYTICS_WARMING</c> with <c>Retry-After</c> (and <c>extensions.retryAfter</c>, in seconds): the analytics
/// snapshot is being read, the request itself is fine and answers when retried.
/// </summary>
public sealed class AnalyticsWarmingError : ExecutionError, IHttpStatusError, IRetryAfterError
{
    public AnalyticsWarmingError(AnalyticsWarmingException warming)
        : base(warming.Message)
    {
        Code = AnalyticsWarmingException.ErrorCode;
        RetryAfterSeconds = warming.RetryAfterSeconds;
        Extensions ??= new Dictionary<string, object?>();
        Extensions["retryAfter"] = RetryAfterSeconds;
    }

    public int StatusCode => StatusCodes.Status503ServiceUnavailable;

    public string? Allow => null;

    public int RetryAfterSeconds { get; }
}
