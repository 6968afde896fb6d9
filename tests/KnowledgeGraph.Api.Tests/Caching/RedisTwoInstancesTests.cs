using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>Two instances of the service (two hosts) sharing one real Redis: the L2 and the data version are shared.</summary>
public sealed class RedisTwoInstancesTests(TestRedis redis) : IClassFixture<TestRedis>, IAsyncLifetime
{
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);
    private readonly string prefix = TestRedis.UniquePrefix();
    private CachingAppFactory first = null!;
    private CachingAppFactory second = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Cache:Mode"] = "Redis",
            ["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString,
            ["KnowledgeGraph:Cache:KeyPrefix"] = prefix,
        };
        first = new CachingAppFactory(seed.Root, settings);
        second = new CachingAppFactory(seed.Root, settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task An_answer_cached_by_one_instance_is_served_by_the_other_from_redis()
    {
        var fromStore = await Flagship.DataAsync(first.CreateClient(), Flagship.Query);
        await AnswersInRedisAsync(1);
        var fromRedis = await Flagship.DataAsync(second.CreateClient(), Flagship.Query);

        Assert.Equal(1, first.StoreCalls);
        Assert.Equal(0, second.StoreCalls);
        Assert.Equal(fromStore.ToJsonString(), fromRedis.ToJsonString());
    }

    [Fact]
    public async Task After_a_write_on_one_instance_neither_serves_the_old_answer()
    {
        var (one, two) = (first.CreateClient(), second.CreateClient());
        await Flagship.DataAsync(one, Flagship.Query);
        await AnswersInRedisAsync(1);
        await Flagship.DataAsync(two, Flagship.Query);
        await Flagship.DataAsync(one, Flagship.Query);
        await Flagship.DataAsync(two, Flagship.Query);
        Assert.Equal((1, 0), (first.StoreCalls, second.StoreCalls));

        await first.Services.GetRequiredService<IDataVersion>().BumpAsync(CancellationToken.None);
        await Flagship.DataAsync(two, Flagship.Query);
        await AnswersInRedisAsync(2);
        await Flagship.DataAsync(one, Flagship.Query);

        // The other instance ran the query on its store at once (no old answer from its L1 or Redis); the writer then
        // found that new answer in Redis.
        Assert.Equal((1, 1), (first.StoreCalls, second.StoreCalls));
        Assert.Equal(first.Services.GetRequiredService<IDataVersion>().Current, second.Services.GetRequiredService<IDataVersion>().Current);
    }

    /// <summary>
    /// Waits until Redis holds this many cached answers under the test's prefix: HybridCache may write L2 after it has
    /// handed the answer to its caller, and the other instance must find it there.
    /// </summary>
    private async Task AnswersInRedisAsync(int count)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var answers = 0;
            await foreach (var key in server.KeysAsync(pattern: $"*{prefix}*"))
                answers += key.ToString().EndsWith("data-version", StringComparison.Ordinal) ? 0 : 1;
            if (answers >= count)
                return;
            Assert.True(DateTime.UtcNow < deadline, $"Redis holds {answers} cached answers under {prefix}, expected {count}.");
            await Task.Delay(20);
        }
    }
}
