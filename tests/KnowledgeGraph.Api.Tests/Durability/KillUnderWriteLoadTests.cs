using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Tests.Mutations;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Durability;

/// <summary>
/// The service on the durable embedded store, SIGKILLed under a write load and restarted on the same SQLite file:
/// every acknowledged change set is there, and every one in flight is there whole or not at all.
/// </summary>
public sealed class KillUnderWriteLoadTests(ITestOutputHelper output) : IDisposable
{
    private const string Key = "kill-test-editor-key";
    private const string Territory = "REG-76";
    private readonly CuratedSeedCopy seed = new();
    private readonly string dataFile = Path.Combine(Path.GetTempPath(), "kg-kill-tests", $"{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_acknowledged_write_survives_a_SIGKILL_and_none_survives_in_part()
    {
        WriteLoad load;
        await using (var first = await ApiProcess.StartAsync(Settings(), TimeSpan.FromSeconds(90)))
        {
            load = new WriteLoad(first.Address, Key, Territory);
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(writers: 8, stop.Token);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (load.Acknowledged.Count < 300 && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            first.Kill(); // mid-load: writers are sending when the process dies
            await running;
            stop.Cancel();
        }

        Assert.True(load.Refused.IsEmpty, string.Join("\n", load.Refused.Take(5)));
        Assert.True(load.Acknowledged.Count >= 100, $"only {load.Acknowledged.Count} writes were acknowledged before the kill");

        await using var second = await ApiProcess.StartAsync(Settings(), TimeSpan.FromSeconds(90));
        using var client = new HttpClient { BaseAddress = second.Address };
        var stored = await ReadAsync(client, [.. load.Acknowledged, .. load.InFlight.Keys]);

        var lost = load.Acknowledged.Where(id => !stored.ContainsKey(id)).ToList();
        var partial = stored.Where(s => s.Value != Territory).Select(s => s.Key).ToList();
        var inFlightSurvived = load.InFlight.Keys.Count(stored.ContainsKey);
        output.WriteLine($"acknowledged {load.Acknowledged.Count}, in flight at the kill {load.InFlight.Count}, " +
                         $"survived {stored.Count} (acknowledged {load.Acknowledged.Count - lost.Count}, in flight {inFlightSurvived}), " +
                         $"lost {lost.Count}, partial {partial.Count}");
        Assert.Empty(lost);
        Assert.Empty(partial);
        Assert.Contains("at data version", second.Output); // loaded from the file, not reseeded
    }

    public void Dispose()
    {
        seed.Dispose();
        foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
            if (File.Exists(file))
                File.Delete(file);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["KnowledgeGraph:SeedDirectory"] = seed.Root,
        ["KnowledgeGraph:DataFile"] = dataFile,
        ["KnowledgeGraph:Limits:RateLimitPermits"] = "0",
        ["KnowledgeGraph:Limits:MaxConcurrentRequestsPerClient"] = "0",
        ["KnowledgeGraph:Auth:ApiKeys:0:Name"] = "kill-test",
        ["KnowledgeGraph:Auth:ApiKeys:0:Hash"] = ApiKeyHash.Of(Key),
        ["KnowledgeGraph:Auth:ApiKeys:0:Roles:0"] = KnowledgeGraphRoles.Editor,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:KnowledgeGraph.Api.Hosting"] = "Information",
    };

    /// <summary>Each stored actor of <paramref name="ids"/> with the territory it is based in ("" when none).</summary>
    private static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, IReadOnlyList<string> ids)
    {
        var stored = new Dictionary<string, string>();
        foreach (var chunk in ids.Chunk(500))
        {
            var data = await GraphQLClient.DataAsync(client,
                "query($ids: [ID!]) { actors(where: { id: { in: $ids } }, first: 1000) { nodes { id territories { nodes { id } } } } }",
                new { ids = chunk });
            foreach (var node in data["actors"]!["nodes"]!.AsArray().OfType<JsonObject>())
                stored[(string)node["id"]!] = string.Join(",", node["territories"]!["nodes"]!.AsArray().Select(t => (string)t!["id"]!));
        }
        return stored;
    }
}
