using System.Globalization;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>The client sent more requests than its rate allows (429, with <c>Retry-After</c>).</summary>
public sealed class RateLimitedError(int permits, TimeSpan window, int retryAfterSeconds)
    : GraphQLHttpError(StatusCodes.Status429TooManyRequests, ErrorCode, string.Create(CultureInfo.InvariantCulture,
        $"Too many requests: a client may send {permits} requests every {Describe(window)}. Retry in {retryAfterSeconds} s."))
{
    public const string ErrorCode = "RATE_LIMITED";

    private static string Describe(TimeSpan window) =>
        window == TimeSpan.FromMinutes(1) ? "minute" : string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds:0.###} seconds");
}
