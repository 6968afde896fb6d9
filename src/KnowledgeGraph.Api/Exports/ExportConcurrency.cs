using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Limits.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Exports;

/// <summary>The concurrency slots of heavy exports (<see cref="ExportOptions"/>): one per client, a few for the instance.</summary>
public sealed class ExportConcurrency : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public ExportConcurrency(IOptions<ExportOptions> options)
    {
        var settings = options.Value;
        var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => settings.MaxConcurrentHeavyPerClient <= 0
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetConcurrencyLimiter(ClientPartitionKey.For(context),
                _ => new ConcurrencyLimiterOptions { PermitLimit = settings.MaxConcurrentHeavyPerClient, QueueLimit = 0 }));
        var global = PartitionedRateLimiter.Create<HttpContext, string>(_ => settings.MaxConcurrentHeavy <= 0
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetConcurrencyLimiter("instance",
                _ => new ConcurrencyLimiterOptions { PermitLimit = settings.MaxConcurrentHeavy, QueueLimit = 0 }));
        _limiter = PartitionedRateLimiter.CreateChained(perClient, global);
    }

    /// <summary>A slot for a heavy export (dispose it when the export is written), or an unacquired lease when none is free.</summary>
    public RateLimitLease TryEnter(HttpContext context) => _limiter.AttemptAcquire(context);

    public void Dispose() => _limiter.Dispose();
}
