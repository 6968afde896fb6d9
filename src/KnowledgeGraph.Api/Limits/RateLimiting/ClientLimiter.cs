using System.Threading.RateLimiting;

namespace KnowledgeGraph.Api.Limits.RateLimiting;

/// <summary>
/// One client's limits, in the order a request meets them: a place among its running requests (a
/// <see cref="ConcurrencyLimiter"/> with a queue, oldest first, whose wait is bounded by <c>maxWait</c>), then its rate
/// (<see cref="WindowedRateLimiter"/>). The place is asked first so that a request that waits, then is refused, has
/// not spent a permit of the window. Either part may be absent (its setting is 0).
/// </summary>
public sealed class ClientLimiter : RateLimiter
{
    private readonly ConcurrencyLimiter? _inFlight;
    private readonly WindowedRateLimiter? _window;
    private readonly RateLimiter _chain;
    private readonly TimeSpan _maxWait;

    public ClientLimiter(ConcurrencyLimiterOptions? inFlight, FixedWindowRateLimiterOptions? window, TimeSpan maxWait)
    {
        _inFlight = inFlight is null ? null : new ConcurrencyLimiter(inFlight);
        _window = window is null ? null : new WindowedRateLimiter(window);
        RateLimiter[] parts = [.. new RateLimiter?[] { _inFlight, _window }.OfType<RateLimiter>()];
        _chain = parts.Length switch
        {
            0 => throw new ArgumentException("A client limiter needs a concurrency limit, a rate, or both."),
            1 => parts[0],
            _ => CreateChained(parts),
        };
        _maxWait = maxWait;
    }

    /// <summary>Idle when every part is (no request running or waiting, the window's permits all back).</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            var inFlight = _inFlight is null ? TimeSpan.MaxValue : _inFlight.IdleDuration;
            var window = _window is null ? TimeSpan.MaxValue : _window.IdleDuration;
            return inFlight is null || window is null ? null : inFlight < window ? inFlight : window;
        }
    }

    public override RateLimiterStatistics? GetStatistics() => _chain.GetStatistics();

    /// <summary>True when the refusal came from the rate (it says how long is left of the window), false for a lack of place.</summary>
    public static bool IsRateRefusal(RateLimitLease lease) => lease.TryGetMetadata(MetadataName.RetryAfter, out _);

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => _chain.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        using var waited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waited.CancelAfter(_maxWait);
        try
        {
            return await _chain.AcquireAsync(permitCount, waited.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NoPlace.Instance; // waited as long as an operation may run: refused like a full queue
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!ReferenceEquals(_chain, _inFlight) && !ReferenceEquals(_chain, _window))
                _chain.Dispose();
            _inFlight?.Dispose();
            _window?.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        if (!ReferenceEquals(_chain, _inFlight) && !ReferenceEquals(_chain, _window))
            await _chain.DisposeAsync();
        if (_inFlight is not null)
            await _inFlight.DisposeAsync();
        if (_window is not null)
            await _window.DisposeAsync();
    }

    private sealed class NoPlace : RateLimitLease
    {
        public static readonly NoPlace Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
