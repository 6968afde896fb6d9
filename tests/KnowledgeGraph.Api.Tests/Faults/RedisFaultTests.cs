using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Durability;
using KnowledgeGraph.Api.Tests.Mutations;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// The service (a real process, Redis cache mode, in-process L1 on) over a redis-server of the test's own, under a
/// mixed read/write load while Redis is frozen (SIGSTOP: connections open, nothing answers) and thawed, then killed and
/// started again: every write is acknowledged and kept, no error lacks a code, and no read is older than the last
/// acknowledged write (the instance distrusts its cache from the first failure until it is synchronised again).
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class RedisFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CuratedSeedCopy seed = new();
    private readonly RedisServerProcess redis = new();
    private readonly string dataFile = Path.Combine(Path.GetTempPath(), "kg-fault-tests", $"{Guid.NewGuid():N}.db");
    private ApiProcess? api;

    public async Task InitializeAsync()
    {
        await redis.StartAsync();
        var settings = FaultApi.Settings(seed.Root, dataFile);
        settings["KnowledgeGraph:Cache:Mode"] = "Redis";
        settings["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString;
        api = await ApiProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        if (redis.ProcessId is { } pid)
            ProcessSignals.Continue(pid);
        if (api is not null)
            await api.DisposeAsync();
        await redis.DisposeAsync();
        seed.Dispose();
        foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
            if (File.Exists(file))
                File.Delete(file);
    }

    [Fact]
    public async Task Redis_frozen_then_killed_under_mixed_load_loses_no_write_and_serves_no_stale_answer()
    {
        var address = api!.Address;
        await FaultApi.WaitForReadinessAsync(address, "redis", "Healthy", TimeSpan.FromSeconds(20));
        var load = new MixedLoad(address, FaultApi.EditorKey, "ACT-FAULT-REDIS");
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(writers: 2, readers: 4, stop.Token);

        await Task.Delay(1500);
        var frozen = DateTime.UtcNow;
        ProcessSignals.Stop(redis.ProcessId!.Value);
        await Task.Delay(6000);
        var thawed = DateTime.UtcNow;
        ProcessSignals.Continue(redis.ProcessId!.Value);
        await FaultApi.WaitForReadinessAsync(address, "redis", "Healthy", TimeSpan.FromSeconds(20));
        await Task.Delay(1500);

        await redis.KillAsync();
        await Task.Delay(2500);
        await redis.StartAsync();
        await FaultApi.WaitForReadinessAsync(address, "redis", "Healthy", TimeSpan.FromSeconds(20));
        await Task.Delay(1500);
        await stop.CancelAsync();
        await running;
        var duringFreeze = load.AcknowledgedBetween(frozen, thawed);

        output.WriteLine($"acknowledged {load.Acknowledged.Count} writes ({duringFreeze} while Redis was frozen), {load.Reads} reads");
        Assert.Empty(load.Problems);
        Assert.Empty(load.RefusedWrites);
        Assert.Empty(load.RefusedReads);
        Assert.True(duringFreeze > 0, "no write was acknowledged while Redis was frozen");
        Assert.True(load.Reads > 100, $"only {load.Reads} reads");
        Assert.Empty(await FaultApi.MissingAsync(address, load.Acknowledged.ToList()));
        // Distrusted at the freeze and at the kill, synchronised again after each (by a bump of the shared version).
        Assert.True(Occurrences(api.Output, "The data version is synchronised again") >= 2, api.Output);
    }

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
