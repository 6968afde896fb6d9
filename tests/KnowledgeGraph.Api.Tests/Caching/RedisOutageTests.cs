using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Caching.Redis;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>A real redis-server of the test's own, killed and started again while the service answers.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private const string Unavailable = "Redis is unavailable";
    private const string Restored = "Redis is available again";
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);
    private readonly string prefix = TestRedis.UniquePrefix();
    private readonly RedisServerProcess redis = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await redis.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task Requests_keep_succeeding_while_redis_is_killed_and_the_cache_is_used_again_after_restart()
    {
        await redis.StartAsync();
        // L1 off: every cached answer comes from Redis, so the outage is felt by every request.
        await using var factory = NewFactory(l1Ttl: "00:00:00");
        var client = factory.CreateClient();
        await Flagship.DataAsync(client, Flagship.Query);
        await Flagship.DataAsync(client, Flagship.Query);
        Assert.Equal(1, factory.StoreCalls);

        using var load = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var sent = 0;
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            while (!load.IsCancellationRequested)
            {
                try
                {
                    await Flagship.DataAsync(client, $"{{ actors(first: {1 + worker}) {{ nodes {{ id }} }} }}");
                }
                catch (Exception e)
                {
                    failures.Enqueue(e.Message);
                }
                Interlocked.Increment(ref sent);
            }
        })).ToList();

        await Task.Delay(500);
        await redis.KillAsync();
        await Task.Delay(1500);
        var duringOutage = await Flagship.ReadyAsync(client);
        await redis.StartAsync();
        await WaitUntilRedisHealthyAsync(client);
        await Task.Delay(500);
        await load.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Empty(failures);
        Assert.True(sent > 20, $"only {sent} requests were sent");
        Assert.Equal("Degraded", (string?)duringOutage["status"]);
        Assert.Equal("Degraded", (string?)duringOutage["entries"]!["redis"]!["status"]);
        Assert.Contains("Redis unavailable since", (string?)duringOutage["entries"]!["redis"]!["description"]);
        await AssertTheCacheIsUsedAgainAsync(factory, client);
        // Logged when it happens (the data version, the shared cache and each resync attempt may notice it), not per request.
        Assert.InRange(factory.Logs.Entries.Count(log => log.Message.StartsWith(Unavailable) && log.Level == LogLevel.Warning), 1, 5);
        Assert.InRange(factory.Logs.Entries.Count(log => log.Message.StartsWith(Restored)), 1, 5);
    }

    [Fact]
    public async Task The_service_starts_and_answers_from_its_store_without_redis_then_uses_the_cache_once_it_is_there()
    {
        await using var factory = NewFactory(l1Ttl: "00:00:30");
        var client = factory.CreateClient();

        await Flagship.DataAsync(client, Flagship.Query);
        await Flagship.DataAsync(client, Flagship.Query);
        var ready = await Flagship.ReadyAsync(client);

        // Not synchronised with the shared data version: no cached answer is trusted, the store answers each time.
        Assert.Equal(2, factory.StoreCalls);
        Assert.Equal("Degraded", (string?)ready["entries"]!["redis"]!["status"]);
        Assert.Contains($"cannot connect to 127.0.0.1:{redis.Port}", (string?)ready["entries"]!["redis"]!["description"]);
        // Logged when noticed (the data version and the shared cache may each notice it first), not per request.
        Assert.InRange(factory.Logs.Entries.Count(log => log.Message.StartsWith(Unavailable)), 1, 5);

        await redis.StartAsync();
        await WaitUntilRedisHealthyAsync(client);

        await AssertTheCacheIsUsedAgainAsync(factory, client);
    }

    private CachingAppFactory NewFactory(string l1Ttl) => new(seed.Root, new Dictionary<string, string?>
    {
        ["KnowledgeGraph:Cache:Mode"] = "Redis",
        ["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString,
        ["KnowledgeGraph:Cache:KeyPrefix"] = prefix,
        ["KnowledgeGraph:Cache:L1Ttl"] = l1Ttl,
        // The load below is more than the per-client rate limit allows.
        ["KnowledgeGraph:Limits:RateLimitPermits"] = "0",
    });

    /// <summary>
    /// A query never asked before is stored in Redis and then answered from the cache. HybridCache writes Redis after
    /// it has handed the answer to its caller, so the key is waited for.
    /// </summary>
    private async Task AssertTheCacheIsUsedAgainAsync(CachingAppFactory factory, HttpClient client)
    {
        const string fresh = "{ territories(first: 4, order: [{ name: DESC }]) { nodes { id name } } }";
        var before = factory.StoreCalls;
        await Flagship.DataAsync(client, fresh);
        await Flagship.DataAsync(client, fresh);
        await Flagship.DataAsync(client, fresh);

        Assert.True(factory.StoreCalls - before <= 1, $"{factory.StoreCalls - before} store calls for one cached query");
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        await Eventually.TrueAsync(() => server.Keys(pattern: prefix + "resp:*").Any(),
            $"no cached answer under {prefix}resp: in Redis");
    }

    private static async Task WaitUntilRedisHealthyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonObject ready;
        do
        {
            await Task.Delay(200);
            ready = await Flagship.ReadyAsync(client);
        }
        while ((string?)ready["entries"]!["redis"]!["status"] != "Healthy" && DateTime.UtcNow < deadline);
        Assert.Equal("Healthy", (string?)ready["entries"]!["redis"]!["status"]);
    }
}
