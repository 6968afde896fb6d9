using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Observability;

/// <summary>/metrics in Prometheus text format, read after real requests.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);
    private KnowledgeGraphAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new KnowledgeGraphAppFactory { SeedDirectory = seed.Root };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task Counts_requests_per_operation_with_latency_and_l1_cache_hits_and_misses()
    {
        var client = factory.CreateClient();
        var operation = $"MetricsProbe{Guid.NewGuid():N}";
        var query = $"query {operation} {{ actors(first: 1) {{ nodes {{ id }} }} }}";
        await Flagship.DataAsync(client, query);
        await Flagship.DataAsync(client, query);
        await Flagship.DataAsync(client, query);

        var metrics = await ScrapeAsync(client);

        Assert.Equal(1, Value(metrics, "knowledgegraph_api_graphql_requests", $"cache=\"miss\",operation=\"{operation}\",result=\"ok\""));
        Assert.Equal(2, Value(metrics, "knowledgegraph_api_graphql_requests", $"cache=\"hit\",operation=\"{operation}\",result=\"ok\""));
        Assert.Equal(3, Value(metrics, "knowledgegraph_api_graphql_request_duration_seconds_count", $"operation=\"{operation}\""));
        Assert.True(Value(metrics, "knowledgegraph_api_cache_lookups", "level=\"l1\",result=\"hit\"") >= 2);
        Assert.True(Value(metrics, "knowledgegraph_api_cache_lookups", "level=\"l1\",result=\"miss\"") >= 1);
    }

    [Fact]
    public async Task Exposes_store_query_time_and_the_registered_connection_pools()
    {
        var client = factory.CreateClient();
        await Flagship.DataAsync(client, "{ sdgs(first: 1) { nodes { id } } }");
        using var registration = factory.Services.GetRequiredService<ConnectionPoolGauges>()
            .Register("bolt-probe", () => new ConnectionPoolUsage(InUse: 3, Idle: 5, Max: 100));

        var metrics = await ScrapeAsync(client);

        Assert.Matches(@"knowledgegraph_api_store_query_duration_seconds_count\{[^}]*store=""[A-Za-z]+""[^}]*\} [1-9]", metrics);
        Assert.Equal(3, Value(metrics, "knowledgegraph_api_connection_pool_connections", "pool=\"bolt-probe\",state=\"in_use\""));
        Assert.Equal(5, Value(metrics, "knowledgegraph_api_connection_pool_connections", "pool=\"bolt-probe\",state=\"idle\""));
        Assert.Equal(100, Value(metrics, "knowledgegraph_api_connection_pool_connections", "pool=\"bolt-probe\",state=\"max\""));
    }

    [Fact]
    public async Task Exports_the_service_meter_only_not_every_meter_of_the_process()
    {
        var client = factory.CreateClient();
        await Flagship.DataAsync(client, "{ sdgs(first: 1) { nodes { id } } }");
        using var foreign = new Meter("KnowledgeGraph.Tests.Foreign");
        foreign.CreateCounter<long>("probe").Add(1);

        var metrics = await ScrapeAsync(client);

        Assert.Contains("knowledgegraph_api_graphql_requests{", metrics);
        Assert.DoesNotContain("knowledgegraph_tests_foreign", metrics);
        // Kestrel's and ASP.NET Core's own meters measure every request: converting them cost a tenth of the CPU.
        Assert.DoesNotContain("kestrel", metrics);
        Assert.DoesNotContain("http_server_request_duration", metrics);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static double Value(string metrics, string name, string labels)
    {
        var match = Regex.Match(metrics, $@"^{Regex.Escape(name)}\{{{Regex.Escape(labels)}\}} (\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"{name}{{{labels}}} not in:\n{string.Join('\n', metrics.Split('\n').Where(line => line.StartsWith(name)))}");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
