using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Errors;
using KnowledgeGraph.Api.Limits.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Limits.RateLimiting;

/// <summary>
/// A fixed window of <see cref="LimitsOptions.RateLimitPermits"/> requests per <see cref="LimitsOptions.RateLimitWindow"/>
/// for each client (<see cref="ClientPartitionKey"/>); a refused request gets 429, <c>Retry-After</c> and a GraphQL
/// error body <c>RATE_LIMITED</c>. <c>Retry-After</c> is the time left in the client's current window, in whole
/// seconds rounded up (<see cref="WindowedRateLimiter"/>).
/// </summary>
public sealed class GraphQLClientRateLimitPolicy(IOptions<LimitsOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "knowledge-graph-client";

    private readonly LimitsOptions _limits = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => WriteRejectionAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (_limits.RateLimitPermits == 0)
            return RateLimitPartition.GetNoLimiter("off");
        return RateLimitPartition.Get(ClientPartitionKey.For(httpContext), _ => new WindowedRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = _limits.RateLimitPermits,
            Window = _limits.RateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    private async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _limits.RateLimitWindow;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = AcceptNegotiator.SelectResponseType(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
        GraphQLHttpError error = new RateLimitedError(_limits.RateLimitPermits, _limits.RateLimitWindow, seconds);
        await GraphQLResponseWriter.WriteAsync(context, error, mediaType);
    }
}
