using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>The response cache in Memory mode on the real app: what is served from the cache and what is not.</summary>
public sealed class MemoryCacheTests : IAsyncLifetime
{
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);
    private CachingAppFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new CachingAppFactory(seed.Root, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Cache:Mode"] = "Memory",
            // The per-request line (which names the cache outcome) is written at Debug.
            [$"Logging:LogLevel:{typeof(GraphQLRequestTelemetry).FullName}"] = "Debug",
        });
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task The_same_query_differently_written_is_answered_from_the_cache()
    {
        var first = await Flagship.DataAsync(client, Flagship.Query);
        var rewritten = "# again\n" + Flagship.Query.Replace("\n", "\n\n  ").Replace("order: [{ name: ASC }]", "order: [{ name: ASC }]\n # same\n");
        var second = await Flagship.DataAsync(client, rewritten);

        Assert.Equal(1, factory.StoreCalls);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task Argument_order_does_not_split_the_cache_but_aliases_do()
    {
        await Flagship.DataAsync(client, "{ actors(first: 2, order: [{ name: DESC }]) { nodes { name } } }");
        await Flagship.DataAsync(client, "{ actors(order: [{ name: DESC }], first: 2) { nodes { name } } }");
        Assert.Equal(1, factory.StoreCalls);

        var aliased = await Flagship.DataAsync(client, "{ some: actors(order: [{ name: DESC }], first: 2) { nodes { name } } }");

        Assert.Equal(2, factory.StoreCalls);
        Assert.NotNull(aliased["data"]!["some"]);
    }

    [Fact]
    public async Task Variables_are_part_of_the_key_whatever_their_order()
    {
        const string query = "query Q($n: Int, $k: ActorKind) { actors(first: $n, where: { kind: { eq: $k } }) { nodes { id } } }";

        var two = await Flagship.DataAsync(client, query, new { n = 2, k = "COMPANY" });
        await Flagship.DataAsync(client, query, new Dictionary<string, object> { ["k"] = "COMPANY", ["n"] = 2 });
        Assert.Equal(1, factory.StoreCalls);
        var three = await Flagship.DataAsync(client, query, new { n = 3, k = "COMPANY" });

        Assert.Equal(2, factory.StoreCalls);
        Assert.Equal(2, two["data"]!["actors"]!["nodes"]!.AsArray().Count);
        Assert.Equal(3, three["data"]!["actors"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Variables_the_operation_does_not_declare_are_not_part_of_the_key()
    {
        const string query = "query Q($n: Int) { actors(first: $n) { nodes { id } } }";

        var plain = await Flagship.DataAsync(client, query, new { n = 2 });
        var padded = await Flagship.DataAsync(client, query, new Dictionary<string, object>
        {
            ["n"] = 2,
            ["unused"] = Enumerable.Range(0, 5000).ToArray(),
            ["other"] = new { nested = "x" },
        });
        Assert.Equal(1, factory.StoreCalls);
        await Flagship.DataAsync(client, query, new Dictionary<string, object> { ["n"] = 3, ["unused"] = 1 });

        Assert.Equal(2, factory.StoreCalls);
        Assert.Equal(plain.ToJsonString(), padded.ToJsonString());
    }

    [Fact]
    public async Task Answers_with_errors_are_not_cached()
    {
        const string unknownTerritory = "{ territories(where: { within: \"REG-00\" }) { totalCount } }";

        using var first = await Flagship.PostAsync(client, unknownTerritory);
        using var second = await Flagship.PostAsync(client, unknownTerritory);

        Assert.Contains("\"errors\"", await first.Content.ReadAsStringAsync());
        Assert.Contains("\"errors\"", await second.Content.ReadAsStringAsync());
        var requests = factory.Logs.Entries.Where(log => log.Category == typeof(GraphQLRequestTelemetry).FullName).ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, log => Assert.Contains(" cache bypass ", log.Message));
    }

    [Fact]
    public async Task A_data_version_bump_makes_the_next_request_run_on_the_store()
    {
        await Flagship.DataAsync(client, Flagship.Query);
        await Flagship.DataAsync(client, Flagship.Query);
        Assert.Equal(1, factory.StoreCalls);
        Assert.Equal(1, factory.CountingStore.DirectoryReads); // the flagship names a territory: read once per version

        await factory.Services.GetRequiredService<IDataVersion>().BumpAsync(CancellationToken.None);
        await Flagship.DataAsync(client, Flagship.Query);

        Assert.Equal(2, factory.StoreCalls);
        Assert.Equal(2, factory.CountingStore.DirectoryReads);
    }
}
