using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Limits.Fairness;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>The lane of the heavy work: how many pieces run at once, in which order, and what cancellation does.</summary>
public sealed class HeavyWorkLaneTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static HeavyWorkLane Lane(int threads, int nice = 10) =>
        new(Options.Create(new LimitsOptions { HeavyWorkThreads = threads, HeavyWorkNice = nice }));

    [Fact]
    public async Task No_more_pieces_run_at_once_than_the_lane_has_threads()
    {
        using var lane = Lane(2);
        using var release = new ManualResetEventSlim();
        var running = 0;
        var most = 0;
        var pieces = Enumerable.Range(0, 6).Select(i => lane.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait(Patience);
            Interlocked.Decrement(ref running);
            return i;
        }, CancellationToken.None)).ToArray();

        // Both threads inside their work (the lane counts a piece as running a moment before it enters it).
        await Eventually.TrueAsync(() => Volatile.Read(ref running) == 2 && lane.Queued == 4, "the lane did not reach the expected state", Patience);
        Assert.All(pieces, piece => Assert.False(piece.IsCompleted));
        release.Set();

        var results = await Task.WhenAll(pieces).WaitAsync(Patience);
        Assert.Equal([0, 1, 2, 3, 4, 5], results);
        Assert.Equal(2, most);
        Assert.Equal(2, lane.Threads);
    }

    [Fact]
    public async Task Work_runs_on_the_lane_threads_oldest_first()
    {
        using var lane = Lane(1);
        using var release = new ManualResetEventSlim();
        var order = new List<int>();
        var blocker = lane.RunAsync(() => release.Wait(Patience), CancellationToken.None);
        var pieces = Enumerable.Range(0, 5).Select(i => lane.RunAsync(() =>
        {
            lock (order)
                order.Add(i);
            return Thread.CurrentThread.Name;
        }, CancellationToken.None)).ToArray();

        release.Set();

        var threads = await Task.WhenAll(pieces).WaitAsync(Patience);
        Assert.True(await blocker);
        Assert.Equal([0, 1, 2, 3, 4], order);
        Assert.All(threads, name => Assert.Equal("Heavy work 1", name));
    }

    [Fact]
    public async Task Clients_take_turns_in_the_lane_each_clients_pieces_oldest_first()
    {
        using var lane = Lane(1);
        using var release = new ManualResetEventSlim();
        var order = new List<string>();
        var holder = lane.RunAsync(() => release.Wait(Patience), "holder", CancellationToken.None);
        await Eventually.TrueAsync(() => lane.Running == 1, "the lane did not start the holding work", Patience);
        Task<string> Piece(string client, int number) => lane.RunAsync(() =>
        {
            lock (order)
                order.Add($"{client}{number}");
            return client;
        }, client, CancellationToken.None);

        // A client with five pieces queued first, two others after it, then one more piece of the first and the second.
        var pieces = new[] { Piece("a", 1), Piece("a", 2), Piece("a", 3), Piece("a", 4), Piece("a", 5), Piece("b", 1), Piece("c", 1), Piece("a", 6), Piece("b", 2) };
        Assert.Equal(9, lane.Queued);
        release.Set();

        await Task.WhenAll(pieces).WaitAsync(Patience);
        Assert.True(await holder);
        Assert.Equal(["a1", "b1", "c1", "a2", "b2", "a3", "a4", "a5", "a6"], order);
        Assert.Equal(0, lane.Queued);
    }

    [Fact]
    public async Task Work_cancelled_before_its_turn_never_runs_and_the_work_behind_it_does()
    {
        using var lane = Lane(1);
        using var release = new ManualResetEventSlim();
        using var leave = new CancellationTokenSource();
        var ran = false;
        _ = lane.RunAsync(() => release.Wait(Patience), CancellationToken.None);
        var cancelled = lane.RunAsync(() => ran = true, leave.Token);
        var behind = lane.RunAsync(() => 42, CancellationToken.None);

        await leave.CancelAsync();

        // The caller stops waiting at once, while the lane is still busy.
        var refusal = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
        Assert.Equal(leave.Token, refusal.CancellationToken);
        Assert.False(behind.IsCompleted);
        release.Set();
        Assert.Equal(42, await behind.WaitAsync(Patience));
        Assert.False(ran);
    }

    [Fact]
    public async Task Work_already_running_when_cancelled_ends_with_its_result()
    {
        using var lane = Lane(1);
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var leave = new CancellationTokenSource();
        var piece = lane.RunAsync(() =>
        {
            started.Set();
            release.Wait(Patience);
            return "computed";
        }, leave.Token);
        Assert.True(started.Wait(Patience));

        await leave.CancelAsync();
        release.Set();

        Assert.Equal("computed", await piece.WaitAsync(Patience));
    }

    [Fact]
    public async Task An_exception_reaches_the_caller_as_it_was_thrown_and_the_lane_goes_on()
    {
        using var lane = Lane(1);
        var refused = lane.RunAsync<int>(() => throw new InvalidQueryException("UNKNOWN_NODE", "No node has the id 'x'."), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => refused.WaitAsync(Patience));
        Assert.Equal("UNKNOWN_NODE", error.Code);
        Assert.Equal(7, await lane.RunAsync(() => 7, CancellationToken.None).WaitAsync(Patience));
    }

    [Fact]
    public async Task An_already_cancelled_token_queues_nothing()
    {
        using var lane = Lane(1);
        var ran = false;

        var piece = lane.RunAsync(() => ran = true, new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => piece);
        Assert.Equal(0, lane.Queued);
        Assert.False(ran);
    }

    [Fact]
    public async Task The_lane_threads_run_at_the_configured_nice_value_and_their_callers_resume_at_their_own()
    {
        // The nice values as Linux reports them in /proc (where the service and its CI run), not as the lane sets them.
        var ordinary = ProcNice.OfThisThread();
        using var lane = Lane(threads: 1, nice: 19);

        var inLane = await lane.RunAsync(ProcNice.OfThisThread, CancellationToken.None).WaitAsync(Patience);
        var afterwards = ProcNice.OfThisThread();

        Assert.Equal(19, inLane);
        Assert.Equal(ordinary, afterwards);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
