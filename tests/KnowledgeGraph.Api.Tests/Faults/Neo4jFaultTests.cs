using KnowledgeGraph.Api.Tests.Durability;
using KnowledgeGraph.Api.Tests.Mutations;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// The service (a real process, KG_STORE=neo4j, cache off so every read reaches Neo4j) over a Neo4j of the test's own,
/// under a mixed load while Neo4j is frozen (SIGSTOP) and thawed, then killed and started again: a frozen Neo4j gives
/// coded errors within the request timeout, not hangs; the service recovers by itself; nothing acknowledged is lost;
/// no read is older than the last acknowledged write.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class Neo4jFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);
    private readonly CuratedSeedCopy seed = new();
    private readonly PrivateNeo4j neo4j = new();
    private ApiProcess? api;

    public async Task InitializeAsync()
    {
        await neo4j.StartAsync(TimeSpan.FromMinutes(3));
        var settings = FaultApi.Settings(seed.Root, Path.Combine(seed.Root, "unused.db"));
        settings["KnowledgeGraph:Store"] = "neo4j";
        settings["KnowledgeGraph:Neo4j:Uri"] = neo4j.BoltUri;
        settings["KnowledgeGraph:Neo4j:User"] = PrivateNeo4j.User;
        settings["KnowledgeGraph:Neo4j:Password"] = PrivateNeo4j.Password;
        settings["KnowledgeGraph:SeedOnStart"] = "true";
        settings["KnowledgeGraph:Cache:Mode"] = "Off";
        settings["KnowledgeGraph:Limits:QueryTimeout"] = QueryTimeout.ToString();
        api = await ApiProcess.StartAsync(settings, TimeSpan.FromMinutes(5));
    }

    public async Task DisposeAsync()
    {
        if (neo4j.ProcessId is { } pid)
            ProcessSignals.Continue(pid);
        if (api is not null)
            await api.DisposeAsync();
        await neo4j.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task Neo4j_frozen_then_killed_under_mixed_load_gives_coded_errors_in_time_and_the_service_recovers()
    {
        var address = api!.Address;
        // A request slower than the timeout plus a margin for this loaded machine is a hang.
        var load = new MixedLoad(address, FaultApi.EditorKey, "ACT-FAULT-NEO4J") { RequestTimeout = QueryTimeout + TimeSpan.FromSeconds(12) };
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(writers: 1, readers: 3, stop.Token);

        await Task.Delay(2000);
        neo4j.Freeze();
        // Frozen for at least three timeouts, longer (up to six) until a refusal has come back: on a loaded machine
        // the requests in flight at the freeze answer their coded timeout late, and each one's bound is checked by
        // the load itself (a request slower than RequestTimeout is a problem).
        var frozenSince = DateTime.UtcNow;
        await Task.Delay(QueryTimeout * 3);
        while (load.RefusedReads.Count + load.RefusedWrites.Count == 0 && DateTime.UtcNow - frozenSince < QueryTimeout * 6)
            await Task.Delay(250);
        var refusedWhileFrozen = load.RefusedReads.Count + load.RefusedWrites.Count;
        neo4j.Thaw();
        await WaitForReadsAsync(load, TimeSpan.FromSeconds(60));
        var acknowledgedBeforeKill = load.Acknowledged.Count;

        await neo4j.KillAsync();
        await Task.Delay(3000);
        await neo4j.StartAsync(TimeSpan.FromMinutes(3));
        await WaitForReadsAsync(load, TimeSpan.FromSeconds(90));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (load.Acknowledged.Count <= acknowledgedBeforeKill && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        await stop.CancelAsync();
        await running;

        var codes = load.RefusedReads.Concat(load.RefusedWrites).Select(error => error.Split(':')[0]).Distinct().ToList();
        output.WriteLine($"acknowledged {load.Acknowledged.Count} writes, {load.Reads} reads; refused while frozen " +
                         $"{refusedWhileFrozen}; codes {string.Join(", ", codes)}; problems: {string.Join(" | ", load.Problems.Take(5))}");
        Assert.Empty(load.Problems);
        Assert.True(refusedWhileFrozen > 0, "nothing was refused while Neo4j was frozen");
        Assert.True(load.Acknowledged.Count > acknowledgedBeforeKill, "no write was acknowledged after Neo4j restarted");
        Assert.Empty(await FaultApi.MissingAsync(address, load.Acknowledged.ToList()));
    }

    /// <summary>Waits until a read succeeds again (the service recovered by itself).</summary>
    private async Task WaitForReadsAsync(MixedLoad load, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        using var client = new HttpClient { BaseAddress = api!.Address, Timeout = TimeSpan.FromSeconds(30) };
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var (status, body) = await GraphQLClient.PostAsync(client, "{ actors(first: 1) { totalCount } }");
                if (status == System.Net.HttpStatusCode.OK && body["errors"] is null)
                    return;
                last = $"{(int)status} {body.ToJsonString()}";
            }
            catch (Exception e)
            {
                last = e.Message;
            }
            await Task.Delay(500);
        }
        var output = api.Output;
        Assert.Fail($"reads did not succeed again within {within}; last answer: {last}; problems: " +
                    $"{string.Join(" | ", load.Problems.Take(3))}; service log: {output[Math.Max(0, output.Length - 3000)..]}");
    }
}
