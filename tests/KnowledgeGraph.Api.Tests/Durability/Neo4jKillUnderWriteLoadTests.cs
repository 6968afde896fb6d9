using System.Diagnostics;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Api.Tests.Mutations;
using KnowledgeGraph.Bolt;
using Xunit.Abstractions;
using Path = System.IO.Path;

namespace KnowledgeGraph.Api.Tests.Durability;

/// <summary>
/// The service on Neo4j (KG_STORE=neo4j), SIGKILLed under a write load: every change set the service acknowledged
/// (200) is in Neo4j afterwards, whole (the actor and its BASED_IN relationship), read straight from Neo4j over Bolt.
/// Runs on a PRIVATE Neo4j 3.1.1 (tools/neo4j/private.sh, its own ports and data) so that emptying and loading it
/// never disturbs the shared test Neo4j; stopped at the end.
/// </summary>
public sealed class Neo4jKillUnderWriteLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Key = "neo4j-kill-test-editor-key";
    private const string Territory = "REG-76";
    private const int BoltPort = 28687;
    private const int HttpPort = 28474;
    private readonly CuratedSeedCopy seed = new();
    private readonly string neo4jDirectory = Path.Combine(Path.GetTempPath(), $"kg-kill-neo4j-{Environment.ProcessId}");
    private string boltUri = null!;

    public async Task InitializeAsync()
    {
        boltUri = (await PrivateNeo4jAsync("start")).Trim();
        await using var driver = Driver();
        await using var session = driver.Session();
        await (await session.RunAsync("MATCH (n) DETACH DELETE n")).ConsumeAsync();
    }

    [Fact]
    public async Task Every_write_acknowledged_by_the_service_is_in_neo4j_after_the_service_is_SIGKILLed()
    {
        WriteLoad load;
        await using (var service = await ApiProcess.StartAsync(Settings(), TimeSpan.FromMinutes(5)))
        {
            load = new WriteLoad(service.Address, Key, Territory);
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(writers: 8, stop.Token);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (load.Acknowledged.Count < 150 && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            service.Kill(); // SIGKILL mid-load: writers are sending when the process dies
            await running;
            stop.Cancel();
        }

        Assert.True(load.Refused.IsEmpty, string.Join("\n", load.Refused.Take(5)));
        Assert.True(load.Acknowledged.Count >= 30, $"only {load.Acknowledged.Count} writes were acknowledged before the kill");

        var stored = await StoredAsync([.. load.Acknowledged, .. load.InFlight.Keys]);
        var lost = load.Acknowledged.Where(id => !stored.ContainsKey(id)).ToList();
        var partial = stored.Where(s => s.Value != Territory).Select(s => s.Key).ToList();
        output.WriteLine($"acknowledged {load.Acknowledged.Count}, in flight at the kill {load.InFlight.Count}, " +
                         $"in Neo4j {stored.Count} (in flight {load.InFlight.Keys.Count(stored.ContainsKey)}), lost {lost.Count}, partial {partial.Count}");
        Assert.Empty(lost);
        Assert.Empty(partial);
    }

    public async Task DisposeAsync()
    {
        seed.Dispose();
        await PrivateNeo4jAsync("stop");
        try
        {
            Directory.Delete(neo4jDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Neo4j may still be releasing its files; the folder is under the temp directory.
        }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["KnowledgeGraph:Store"] = "neo4j",
        ["KnowledgeGraph:SeedOnStart"] = "true",
        ["KnowledgeGraph:SeedDirectory"] = seed.Root,
        ["KnowledgeGraph:Neo4j:Uri"] = boltUri,
        ["KnowledgeGraph:Neo4j:User"] = User,
        ["KnowledgeGraph:Neo4j:Password"] = Password,
        ["KnowledgeGraph:Analytics:WarmOnStart"] = "false",
        ["KnowledgeGraph:Limits:RateLimitPermits"] = "0",
        ["KnowledgeGraph:Limits:MaxConcurrentRequestsPerClient"] = "0",
        ["KnowledgeGraph:Auth:ApiKeys:0:Name"] = "neo4j-kill-test",
        ["KnowledgeGraph:Auth:ApiKeys:0:Hash"] = ApiKeyHash.Of(Key),
        ["KnowledgeGraph:Auth:ApiKeys:0:Roles:0"] = KnowledgeGraphRoles.Editor,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:KnowledgeGraph.Api.Hosting"] = "Information",
    };

    /// <summary>Each actor of <paramref name="ids"/> in Neo4j with the territories it is based in, read over Bolt.</summary>
    private async Task<Dictionary<string, string>> StoredAsync(IReadOnlyList<string> ids)
    {
        await using var driver = Driver();
        await using var session = driver.Session();
        var result = await session.RunAsync(
            "MATCH (a:Actor) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:BASED_IN]->(t:Territory) RETURN a.id AS id, collect(t.id) AS territories",
            new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList() });
        var stored = new Dictionary<string, string>();
        foreach (var record in await result.ToListAsync())
            stored[(string)record["id"]!] = string.Join(",", ((IReadOnlyList<object?>)record["territories"]!).Select(t => (string)t!).Order());
        return stored;
    }

    private BoltDriver Driver() => BoltDriver.Create(boltUri, AuthToken.Basic(User, Password));

    private static string User => Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";

    private static string Password => Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";

    private async Task<string> PrivateNeo4jAsync(string action)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryFiles.Find("tools/neo4j/private.sh"));
        foreach (var argument in new[] { action, neo4jDirectory, $"{BoltPort}", $"{HttpPort}" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"tools/neo4j/private.sh {action}: {await stderr}");
        return await stdout;
    }
}
