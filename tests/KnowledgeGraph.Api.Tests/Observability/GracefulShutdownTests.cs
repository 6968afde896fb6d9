using System.Diagnostics;
using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Tests.Observability;

/// <summary>Stopping the real app over Kestrel: the in-flight request completes, then the Redis connection closes.</summary>
public sealed class GracefulShutdownTests(TestRedis redis) : IClassFixture<TestRedis>
{
    [Fact]
    public async Task A_slow_request_in_flight_completes_when_the_host_stops_and_redis_is_disconnected()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        var clientName = $"kg-shutdown-{Guid.NewGuid():N}";
        SlowGraphStoreStub? slow = null;
        await using var factory = new CachingAppFactory(seed.Root, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Cache:Mode"] = "Redis",
            ["KnowledgeGraph:Cache:Redis"] = $"{redis.ConnectionString},name={clientName}",
            ["KnowledgeGraph:Cache:KeyPrefix"] = TestRedis.UniquePrefix(),
            ["KnowledgeGraph:Operations:ShutdownTimeout"] = "00:00:15",
        })
        {
            WrapStore = real => slow = new SlowGraphStoreStub(real, TimeSpan.FromSeconds(2)),
        };
        factory.UseKestrel(0);
        factory.StartServer();
        var client = factory.CreateClient();
        Assert.True(await ClientsNamedAsync(clientName) > 0, "the service should be connected to Redis");
        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());

        var inFlight = Flagship.DataAsync(client, Flagship.Query);
        await WaitUntilInStoreAsync(() => slow?.Entered, inFlight);
        var clock = Stopwatch.StartNew();
        lifetime.StopApplication();
        var answer = await inFlight;
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(FlagshipSeed.ExpectedCompanies.Length, (int)answer["data"]!["actors"]!["totalCount"]!);
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(1), "the request should still have been running when the host stopped");
        Assert.Equal(TimeSpan.FromSeconds(15), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(0, await ClientsNamedAsync(clientName));
    }

    private async Task<int> ClientsNamedAsync(string name)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"{redis.ConnectionString},allowAdmin=true");
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        return (await server.ClientListAsync()).Count(client => client.Name == name);
    }

    /// <summary>Waits until the request is inside the store; fails with the request's own error if it ended first.</summary>
    private static async Task WaitUntilInStoreAsync(Func<Task?> entered, Task inFlight)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (entered() is null && !inFlight.IsCompleted && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        if (inFlight.IsCompleted)
            await inFlight;
        Assert.NotNull(entered());
        await entered()!.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
