using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Caching;

public sealed class CacheModeOffTests
{
    [Fact]
    public async Task With_the_cache_off_every_request_runs_on_the_store()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        await using var factory = new CachingAppFactory(seed.Root, new Dictionary<string, string?> { ["KnowledgeGraph:Cache:Mode"] = "Off" });
        var client = factory.CreateClient();

        await Flagship.DataAsync(client, Flagship.Query);
        await Flagship.DataAsync(client, Flagship.Query);

        Assert.Equal(2, factory.StoreCalls);
    }

    [Fact]
    public async Task An_answer_larger_than_the_maximum_payload_is_served_but_not_cached()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        await using var factory = new CachingAppFactory(seed.Root, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Cache:Mode"] = "Memory",
            ["KnowledgeGraph:Cache:MaximumPayloadBytes"] = "64",
        });
        var client = factory.CreateClient();
        const string small = "{ sdgs(first: 1) { totalCount } }";

        var first = await Flagship.DataAsync(client, Flagship.Query);
        var second = await Flagship.DataAsync(client, Flagship.Query);
        await Flagship.DataAsync(client, small);
        await Flagship.DataAsync(client, small);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(3, factory.StoreCalls);
    }
}
