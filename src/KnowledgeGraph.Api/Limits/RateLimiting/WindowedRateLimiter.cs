using System.Diagnostics;
using System.Threading.RateLimiting;

namespace KnowledgeGraph.Api.Limits.RateLimiting;

/// <summary>
/// A fixed-window limiter (ASP.NET's own, replenished by its timer) whose refusals say how long is left of the
/// current window in their <see cref="MetadataName.RetryAfter"/>; ASP.NET's limiter always says the whole window.
/// The windows start when the partition's limiter is made and follow each other back to back.
/// </summary>
public sealed class WindowedRateLimiter(FixedWindowRateLimiterOptions options) : ReplenishingRateLimiter
{
    private readonly FixedWindowRateLimiter inner = new(options);
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly TimeSpan window = options.Window;

    public override TimeSpan? IdleDuration => inner.IdleDuration;

    public override bool IsAutoReplenishing => inner.IsAutoReplenishing;

    public override TimeSpan ReplenishmentPeriod => inner.ReplenishmentPeriod;

    public override bool TryReplenish() => inner.TryReplenish();

    public override RateLimiterStatistics? GetStatistics() => inner.GetStatistics();

    /// <summary>The time left until the current window ends (and its permits come back).</summary>
    public TimeSpan TimeLeft()
    {
        var elapsed = Stopwatch.GetElapsedTime(started).Ticks % window.Ticks;
        return TimeSpan.FromTicks(window.Ticks - elapsed);
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Explain(inner.AttemptAcquire(permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        Explain(await inner.AcquireAsync(permitCount, cancellationToken));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore() => inner.DisposeAsync();

    private RateLimitLease Explain(RateLimitLease lease) => lease.IsAcquired ? lease : new RefusedLease(lease, TimeLeft());

    /// <summary>A refused lease whose retry-after is the time left in the window.</summary>
    private sealed class RefusedLease(RateLimitLease refused, TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => refused.MetadataNames.Append(MetadataName.RetryAfter.Name).Distinct();

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
                return true;
            }
            return refused.TryGetMetadata(metadataName, out metadata);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                refused.Dispose();
            base.Dispose(disposing);
        }
    }
}
