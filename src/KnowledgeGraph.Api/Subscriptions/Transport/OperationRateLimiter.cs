using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Limits.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>
/// The per-client request rate of the HTTP endpoint (<see cref="LimitsOptions.RateLimitPermits"/> per
/// <see cref="LimitsOptions.RateLimitWindow"/>, by <see cref="ClientPartitionKey"/>), applied to the operations sent
/// over WebSockets: one socket must not run more operations than as many HTTP requests would. (SSE streams are HTTP
/// requests: the endpoint's limiter already counts them.)
/// </summary>
public sealed class OperationRateLimiter(IOptions<LimitsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
    {
        var limits = options.Value;
        return limits.RateLimitPermits == 0
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetFixedWindowLimiter(ClientPartitionKey.For(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.RateLimitPermits,
                Window = limits.RateLimitWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    });

    /// <summary>True when the client may run one more operation now.</summary>
    public bool TryAcquire(HttpContext connection)
    {
        using var lease = _limiter.AttemptAcquire(connection);
        return lease.IsAcquired;
    }

    public string Describe()
    {
        var limits = options.Value;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Too many operations: a client may run {limits.RateLimitPermits} every {limits.RateLimitWindow.TotalSeconds:0.###} s.");
    }

    public void Dispose() => _limiter.Dispose();
}
