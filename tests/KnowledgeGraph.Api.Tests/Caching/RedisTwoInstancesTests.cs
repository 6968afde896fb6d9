using System.Collections.Concurrent;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Caching.Redis;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>
/// Two instances of the service (two hosts) sharing one real Redis: the L2 and the data version are shared; the data
/// version reaches the other instance by pub/sub (the periodic check is set to an hour here, so only the channel can
/// bring it), and a lost subscription makes an instance answer from its store until it is synchronised again.
/// Both instances are started and synchronised before a test begins: a Redis fault at start-up (a loaded machine)
/// is followed by a resynchronisation that bumps the shared version, which would void an answer cached before it.
/// Faults and version changes seen during a test are named in its failure messages.
/// </summary>
public sealed class RedisTwoInstancesTests : IAsyncLifetime
{
    // The test's own: it counts the commands Redis processes and cuts connections.
    private readonly RedisServerProcess redis = new();
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);
    private readonly string prefix = TestRedis.UniquePrefix();
    private CachingAppFactory first = null!;
    private CachingAppFactory second = null!;
    private readonly ConcurrentQueue<string> events = new();

    public async Task InitializeAsync()
    {
        await redis.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Cache:Mode"] = "Redis",
            ["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString,
            ["KnowledgeGraph:Cache:KeyPrefix"] = prefix,
            ["KnowledgeGraph:Cache:DataVersionCheckInterval"] = "01:00:00",
            // The whole test project loads the machine: a slow answer must not count as a Redis failure here.
            ["KnowledgeGraph:Cache:RedisTimeout"] = "00:00:03",
        };
        first = new CachingAppFactory(seed.Root, settings);
        second = new CachingAppFactory(seed.Root, new Dictionary<string, string?>(settings)
        {
            ["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString + ",name=kg-second",
        });
        await SynchronisedAsync(first, second);
        await SynchronisedAsync(second, first);
        Watch("first", first);
        Watch("second", second);
    }

    /// <summary>Records what could explain an unexpected store call: Redis faults seen and data-version changes.</summary>
    private void Watch(string name, CachingAppFactory instance)
    {
        instance.Services.GetRequiredService<RedisConnection>().Failed += reason => events.Enqueue($"{name}: Redis fault, {reason}");
        instance.Services.GetRequiredService<IDataVersion>().Changed += version => events.Enqueue($"{name}: version {version}");
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await redis.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task An_answer_cached_by_one_instance_is_served_by_the_other_from_redis()
    {
        var fromStore = await Flagship.DataAsync(first.CreateClient(), Flagship.Query);
        await AnswersInRedisAsync(1);
        var cachedUnder = first.Services.GetRequiredService<IDataVersion>().Current;
        var two = second.CreateClient();
        await SynchronisedAsync(second, first);
        var fromRedis = await Flagship.DataAsync(two, Flagship.Query);

        Assert.Equal(1, first.StoreCalls);
        Assert.True(second.StoreCalls == 0, $"The second instance ran the query on its store: {Describe(cachedUnder)}");
        Assert.Equal(fromStore.ToJsonString(), fromRedis.ToJsonString());
    }

    [Fact]
    public async Task After_a_write_on_one_instance_neither_serves_the_old_answer()
    {
        var (one, two) = (first.CreateClient(), second.CreateClient());
        await Flagship.DataAsync(one, Flagship.Query);
        await AnswersInRedisAsync(1);
        var cachedUnder = first.Services.GetRequiredService<IDataVersion>().Current;
        await SynchronisedAsync(second, first);
        await Flagship.DataAsync(two, Flagship.Query);
        await Flagship.DataAsync(one, Flagship.Query);
        await Flagship.DataAsync(two, Flagship.Query);
        Assert.True((first.StoreCalls, second.StoreCalls) == (1, 0),
            $"store calls {(first.StoreCalls, second.StoreCalls)}, expected (1, 0): {Describe(cachedUnder)}");

        await first.Services.GetRequiredService<IDataVersion>().BumpAsync(CancellationToken.None);
        await PushedAsync(first, second);
        await Flagship.DataAsync(two, Flagship.Query);
        await AnswersInRedisAsync(2);
        await Flagship.DataAsync(one, Flagship.Query);

        // The other instance ran the query on its store at once (no old answer from its L1 or Redis); the writer then
        // found that new answer in Redis.
        Assert.Equal((1, 1), (first.StoreCalls, second.StoreCalls));
        Assert.Equal(first.Services.GetRequiredService<IDataVersion>().Current, second.Services.GetRequiredService<IDataVersion>().Current);
    }

    [Fact]
    public async Task A_write_reaches_the_other_instance_by_pub_sub_and_cached_reads_cost_no_redis_round_trip()
    {
        var (one, two) = (first.CreateClient(), second.CreateClient());
        await Flagship.DataAsync(one, Flagship.Query);
        await AnswersInRedisAsync(1);
        await SynchronisedAsync(second, first);
        await Flagship.DataAsync(two, Flagship.Query);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        var before = await RedisCommandsAsync(server);
        for (var i = 0; i < 50; i++)
            await Flagship.DataAsync(two, Flagship.Query);
        var after = await RedisCommandsAsync(server);
        Assert.True(after - before < 10, $"{after - before} Redis commands for 50 cached reads");

        var version = second.Services.GetRequiredService<IDataVersion>();
        var changes = new List<string>();
        version.Changed += changes.Add;
        await first.Services.GetRequiredService<IDataVersion>().BumpAsync(CancellationToken.None);
        await PushedAsync(first, second);
        var storeCalls = second.StoreCalls;
        await Flagship.DataAsync(two, Flagship.Query);

        Assert.Equal(storeCalls + 1, second.StoreCalls);
        Assert.Equal([version.Current], changes);
        Assert.True(version.IsTrusted);
    }

    [Fact]
    public async Task An_instance_whose_subscription_is_cut_answers_from_its_store_until_synchronised_again()
    {
        var two = second.CreateClient();
        await Flagship.DataAsync(first.CreateClient(), Flagship.Query);
        await Flagship.DataAsync(two, Flagship.Query);
        await Flagship.DataAsync(two, Flagship.Query);
        var version = second.Services.GetRequiredService<IDataVersion>();
        var old = version.Current;
        Assert.True(version.IsTrusted);

        await using (var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true"))
        {
            var server = admin.GetServer(admin.GetEndPoints()[0]);
            // The second instance's subscription connection only.
            foreach (var client in (await server.ClientListAsync()).Where(c => c.SubscriptionCount > 0 && c.Name == "kg-second"))
                await server.ClientKillAsync(client.Address!);
        }
        // Written while the subscription is down: the message to the second instance is lost.
        await first.Services.GetRequiredService<IDataVersion>().BumpAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => !version.IsTrusted || version.Current != old, "the second instance noticed nothing");
        var storeCalls = second.StoreCalls;
        await Flagship.DataAsync(two, Flagship.Query);
        Assert.Equal(storeCalls + 1, second.StoreCalls);

        // Checks are retried every 250 ms after a failure (the hour applies to a synchronised instance).
        await Eventually.TrueAsync(() => version.IsTrusted, "the second instance did not synchronise again");
        await PushedAsync(second, first);
        Assert.NotEqual(old, version.Current);
        await Flagship.DataAsync(two, Flagship.Query);
        await Flagship.DataAsync(two, Flagship.Query);
        Assert.Equal(storeCalls + 2, second.StoreCalls);
    }

    /// <summary>
    /// Waits until the instance is synchronised with the other: it trusts its cache (its start-up check has been
    /// answered) and knows the same data version.
    /// </summary>
    private static Task SynchronisedAsync(CachingAppFactory instance, CachingAppFactory other)
    {
        var (mine, theirs) = (instance.Services.GetRequiredService<IDataVersion>(), other.Services.GetRequiredService<IDataVersion>());
        return Eventually.TrueAsync(() => mine.IsTrusted && mine.Current == theirs.Current,
            $"not synchronised: trusted {mine.IsTrusted}, versions {mine.Current} and {theirs.Current}");
    }

    /// <summary>What a failure message needs to tell a Redis fault (the version moved, a lost trust) from a cache defect.</summary>
    private string Describe(string cachedUnder)
    {
        var (one, two) = (first.Services.GetRequiredService<IDataVersion>(), second.Services.GetRequiredService<IDataVersion>());
        return $"answer cached under version {cachedUnder}; now first {one.Current} (trusted {one.IsTrusted}), " +
               $"second {two.Current} (trusted {two.IsTrusted}); since both were synchronised: " +
               (events.IsEmpty ? "nothing" : string.Join("; ", events));
    }

    /// <summary>Waits (pub/sub delivery) until the receiver knows the sender's data version.</summary>
    private static Task PushedAsync(CachingAppFactory sender, CachingAppFactory receiver)
    {
        var (from, to) = (sender.Services.GetRequiredService<IDataVersion>(), receiver.Services.GetRequiredService<IDataVersion>());
        return Eventually.TrueAsync(() => from.Current == to.Current, $"the version {from.Current} did not reach the other instance ({to.Current})");
    }

    /// <summary>Commands Redis has processed so far (the two hosts are its only clients besides this one).</summary>
    private static async Task<long> RedisCommandsAsync(IServer server)
    {
        var info = await server.InfoAsync("stats");
        return long.Parse(info.SelectMany(group => group).Single(pair => pair.Key == "total_commands_processed").Value);
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
