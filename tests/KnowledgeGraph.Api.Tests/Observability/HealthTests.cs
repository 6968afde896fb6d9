using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Observability;

public sealed class HealthTests(TestRedis redis) : IClassFixture<TestRedis>
{
    [Fact]
    public async Task Readiness_reports_the_store_the_seed_and_redis_as_json()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        await using var factory = new CachingAppFactory(seed.Root, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Cache:Mode"] = "Redis",
            ["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString,
            ["KnowledgeGraph:Cache:KeyPrefix"] = TestRedis.UniquePrefix(),
        });

        // Readiness is polled, as an orchestrator does: Redis reports Degraded until the instance's first sync with it.
        var client = factory.CreateClient();
        HttpResponseMessage response;
        JsonNode report;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            response = await client.GetAsync("/health/ready");
            report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if ((string?)report["status"] == "Healthy" || DateTime.UtcNow > deadline)
                break;
            response.Dispose();
            await Task.Delay(200);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", (string?)report["status"]);
        var entries = report["entries"]!;
        Assert.Equal("Healthy", (string?)entries["graph-store"]!["status"]);
        Assert.Equal("Healthy", (string?)entries["redis"]!["status"]);
        Assert.Equal("Healthy", (string?)entries["seed"]!["status"]);
        Assert.Equal(["curated", "synthetic"], entries["seed"]!["data"]!["sets"]!.AsArray().Select(set => (string?)set));
        Assert.True((int)entries["seed"]!["data"]!["nodes"]! > 100);
    }

    [Fact]
    public async Task A_missing_seed_set_makes_readiness_degraded_with_the_reason()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        Directory.Delete(Path.Combine(seed.Root, "synthetic"), recursive: true);
        await using var factory = new KnowledgeGraphAppFactory { SeedDirectory = seed.Root };

        var report = await Flagship.ReadyAsync(factory.CreateClient());

        Assert.Equal("Degraded", (string?)report["status"]);
        Assert.Equal("Degraded", (string?)report["entries"]!["seed"]!["status"]);
        Assert.Contains("Missing sets: synthetic", (string?)report["entries"]!["seed"]!["description"]);
        Assert.Null(report["entries"]!["redis"]);
    }

    [Fact]
    public async Task Liveness_answers_without_checks()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        await using var factory = new KnowledgeGraphAppFactory { SeedDirectory = seed.Root };

        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
