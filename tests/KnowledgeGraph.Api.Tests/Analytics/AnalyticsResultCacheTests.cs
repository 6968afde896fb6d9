using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.Analytics.Caching;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Limits.Fairness;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>
/// Graph-wide results are computed once for every caller that waits for them; work nobody waits for any more is
/// dropped from the lane before it starts (a lane of one thread, held by a blocking piece of work, keeps it queued).
/// </summary>
public sealed class AnalyticsResultCacheTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly AnalyticsCacheKey Key = new("centrality:DEGREE", 1, "whole");

    private readonly HeavyWorkLane lane = new(Options.Create(new LimitsOptions { HeavyWorkThreads = 1 }));
    private readonly AnalyticsResultCache cache;
    private readonly ManualResetEventSlim release = new();
    private int computations;

    public AnalyticsResultCacheTests()
    {
        cache = new AnalyticsResultCache(Options.Create(new AnalyticsOptions()), lane);
        _ = lane.RunAsync(() => release.Wait(Patience), CancellationToken.None);
    }

    public void Dispose()
    {
        release.Set();
        cache.Dispose();
        lane.Dispose();
        release.Dispose();
    }

    private string Compute()
    {
        Interlocked.Increment(ref computations);
        return "scores";
    }

    [Fact]
    public async Task Callers_waiting_together_share_one_computation_and_one_leaving_does_not_cancel_it_for_the_other()
    {
        using var leaving = new CancellationTokenSource();
        var first = cache.GetOrComputeAsync(Key, Compute, leaving.Token);
        var second = cache.GetOrComputeAsync(Key, Compute, CancellationToken.None);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Patience));
        release.Set();

        Assert.Equal("scores", await second.WaitAsync(Patience));
        Assert.Equal("scores", await cache.GetOrComputeAsync(Key, Compute, CancellationToken.None).WaitAsync(Patience));
        Assert.Equal(1, computations);
    }

    [Fact]
    public async Task Work_every_caller_left_before_it_started_never_runs_and_the_next_caller_gets_a_fresh_result()
    {
        using var leaving = new CancellationTokenSource();
        var abandoned = cache.GetOrComputeAsync(Key, Compute, leaving.Token);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Patience));

        var next = cache.GetOrComputeAsync(Key, Compute, CancellationToken.None);
        release.Set();

        Assert.Equal("scores", await next.WaitAsync(Patience));
        Assert.Equal(1, computations);
    }

    [Fact]
    public async Task A_result_whose_caller_left_after_it_started_is_kept_for_the_next_caller()
    {
        release.Set(); // the lane is free: the work starts at once
        using var started = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        using var leaving = new CancellationTokenSource();
        var left = cache.GetOrComputeAsync(Key, () =>
        {
            started.Set();
            finish.Wait(Patience);
            return Compute();
        }, leaving.Token);
        Assert.True(started.Wait(Patience));

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left.WaitAsync(Patience));
        var next = cache.GetOrComputeAsync(Key, Compute, CancellationToken.None);
        finish.Set();

        Assert.Equal("scores", await next.WaitAsync(Patience));
        Assert.Equal(1, computations);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        release.Set();
        var failed = cache.GetOrComputeAsync<string>(Key, () => throw new InvalidOperationException("no scores"), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed.WaitAsync(Patience));

        Assert.Equal("scores", await cache.GetOrComputeAsync(Key, Compute, CancellationToken.None).WaitAsync(Patience));
        Assert.Equal(1, computations);
    }
}
