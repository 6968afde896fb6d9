using System.Globalization;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>
/// The client already has as many requests running and waiting as it may (429, with <c>Retry-After</c>): unlike
/// <see cref="RateLimitedError"/>, a place frees as soon as one of its own requests ends.
/// </summary>
public sealed class TooManyConcurrentRequestsError(int running, int queued, int retryAfterSeconds)
    : GraphQLHttpError(StatusCodes.Status429TooManyRequests, ErrorCode, string.Create(CultureInfo.InvariantCulture,
        $"Too many requests at once: a client may have {running} requests running and {queued} waiting. ")
        + string.Create(CultureInfo.InvariantCulture, $"Wait for an answer, or retry in {retryAfterSeconds} s."))
{
    public const string ErrorCode = "TOO_MANY_CONCURRENT_REQUESTS";
}
