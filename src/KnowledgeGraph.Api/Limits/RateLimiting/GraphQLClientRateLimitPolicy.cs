using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Errors;
using KnowledgeGraph.Api.Limits.Errors;
using KnowledgeGraph.Api.Subscriptions.Sse;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Limits.RateLimiting;

/// <summary>
/// Each client's (<see cref="ClientPartitionKey"/>) limits at the endpoints that carry the policy (<see cref="ClientLimiter"/>):
/// at most <see cref="LimitsOptions.MaxConcurrentRequestsPerClient"/> requests running, the next ones waiting their turn,
/// and a fixed window of <see cref="LimitsOptions.RateLimitPermits"/> requests per <see cref="LimitsOptions.RateLimitWindow"/>.
/// A refused request gets 429, <c>Retry-After</c> and a GraphQL error body: <c>RATE_LIMITED</c> with the time left in
/// the client's window (<see cref="WindowedRateLimiter"/>), or <c>TOO_MANY_CONCURRENT_REQUESTS</c>. Streams (SSE,
/// WebSocket) last as long as the client keeps them and have their own limit of open streams: they count against a
/// window of their own and hold no place among the running requests.
/// </summary>
public sealed class GraphQLClientRateLimitPolicy(IOptions<LimitsOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "knowledge-graph-client";

    private readonly LimitsOptions _limits = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => WriteRejectionAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var stream = IsStream(httpContext);
        var inFlight = stream || _limits.MaxConcurrentRequestsPerClient == 0 ? null : new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.MaxConcurrentRequestsPerClient,
            QueueLimit = _limits.MaxQueuedRequestsPerClient,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        var window = _limits.RateLimitPermits == 0 ? null : new FixedWindowRateLimiterOptions
        {
            PermitLimit = _limits.RateLimitPermits,
            Window = _limits.RateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        if (inFlight is null && window is null)
            return RateLimitPartition.GetNoLimiter("off");
        var key = (stream ? "stream|" : "") + ClientPartitionKey.For(httpContext);
        return RateLimitPartition.Get(key, _ => new ClientLimiter(inFlight, window, _limits.QueryTimeout));
    }

    /// <summary>
    /// An SSE request or a WebSocket upgrade. The WebSocket middleware runs after the rate limiter (it belongs to the
    /// subscriptions), so its feature is not there yet: the upgrade is read from the request itself (HTTP/1.1
    /// <c>Upgrade: websocket</c>, or HTTP/2's extended CONNECT).
    /// </summary>
    private static bool IsStream(HttpContext context) =>
        SseTransport.Wants(context.Request)
        || context.WebSockets.IsWebSocketRequest
        || context.Request.Headers.Upgrade.Any(value => value?.Contains("websocket", StringComparison.OrdinalIgnoreCase) == true)
        || context.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true;

    private async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // A lack of place frees when one of the client's own requests ends: retry after a second.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = AcceptNegotiator.SelectResponseType(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
        GraphQLHttpError error = ClientLimiter.IsRateRefusal(rejected.Lease)
            ? new RateLimitedError(_limits.RateLimitPermits, _limits.RateLimitWindow, seconds)
            : new TooManyConcurrentRequestsError(_limits.MaxConcurrentRequestsPerClient, _limits.MaxQueuedRequestsPerClient, seconds);
        await GraphQLResponseWriter.WriteAsync(context, error, mediaType);
    }
}
