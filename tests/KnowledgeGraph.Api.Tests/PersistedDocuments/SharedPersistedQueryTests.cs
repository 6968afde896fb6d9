using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;
using static KnowledgeGraph.Api.Tests.PersistedDocuments.PersistedRequests;

namespace KnowledgeGraph.Api.Tests.PersistedDocuments;

/// <summary>Two instances sharing one real Redis: a document registered on one is found by the other.</summary>
public sealed class SharedPersistedQueryTests(TestRedis redis) : IClassFixture<TestRedis>, IDisposable
{
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);

    public void Dispose() => seed.Dispose();

    [Fact]
    public async Task A_document_registered_on_one_instance_runs_by_hash_on_another()
    {
        var settings = new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Cache:Mode"] = "Redis",
            ["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString,
            ["KnowledgeGraph:Cache:KeyPrefix"] = TestRedis.UniquePrefix(),
        };
        await using var first = new CachingAppFactory(seed.Root, settings);
        await using var second = new CachingAppFactory(seed.Root, settings);
        var hash = Sha256(Query);

        Assert.Equal(400, (await ReadAsync(await PostAsync(second.CreateClient(), Apq(hash)))).Status);
        var (_, registered) = await ReadAsync(await PostAsync(first.CreateClient(), Apq(hash, Query)));
        var (status, onSecond) = await ReadAsync(await PostAsync(second.CreateClient(), Apq(hash)));

        Assert.Equal((200, registered.ToJsonString()), (status, onSecond.ToJsonString()));
    }
}
