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
}
