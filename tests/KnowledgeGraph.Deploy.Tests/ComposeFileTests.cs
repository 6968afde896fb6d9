using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Deploy.Tests;

/// <summary>
/// docker-compose.yml as Compose resolves it: Neo4j 5 with a health check and a volume, Redis, a one-shot seeding
/// job, and the API built here and configured for Neo4j, each started once what it needs is ready.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly Dictionary<string, string?> Environment = new() { ["NEO4J_PASSWORD"] = "compose-test-password" };

    [Fact]
    public async Task The_file_is_valid_and_has_the_four_services()
    {
        var config = await ComposeConfig.RunAsync(Environment);

        Assert.True(config.ExitCode == 0, config.Error);
        Assert.Equal(["api", "neo4j", "redis", "seed"], config.Services().Children.Keys.Select(k => k.ToString()).Order());
    }

    [Fact]
    public async Task Neo4j_5_has_a_health_check_and_keeps_its_data_in_a_volume()
    {
        var neo4j = (await ConfigAsync()).Services()["neo4j"];

        Assert.StartsWith("neo4j:5", neo4j.Scalar("image"));
        Assert.NotEmpty(neo4j.Strings("healthcheck", "test"));
        Assert.Contains(neo4j.Strings("volumes"), v => v.StartsWith("neo4j-data:/data", StringComparison.Ordinal));
        Assert.Equal("neo4j/compose-test-password", neo4j.Scalar("environment", "NEO4J_AUTH"));
    }

    [Fact]
    public async Task Health_checks_only_read_variables_their_container_has()
    {
        foreach (var (name, service) in (await ConfigAsync()).Services().Children)
        {
            var variables = service.Get("environment") is YamlMappingNode environment ? environment.Children.Keys.Select(k => k.ToString()).ToHashSet() : [];
            foreach (Match used in ContainerVariable().Matches(string.Join(" ", service.Strings("healthcheck", "test"))))
                Assert.True(variables.Contains(used.Groups[1].Value), $"{name}'s health check reads ${used.Groups[1].Value}, which its container does not have");
        }
    }

    [Fact]
    public async Task Seed_runs_kg_seed_once_neo4j_is_healthy()
    {
        var seed = (await ConfigAsync()).Services()["seed"];

        Assert.Contains("seed", seed.Strings("entrypoint").Concat(seed.Strings("command")));
        Assert.Equal("service_healthy", seed.Scalar("depends_on", "neo4j", "condition"));
        Assert.Equal("bolt://neo4j:7687", seed.Scalar("environment", "NEO4J_URI"));
        Assert.Equal("compose-test-password", seed.Scalar("environment", "NEO4J_PASSWORD"));
        Assert.Equal("no", seed.Scalar("restart"));
    }

    [Fact]
    public async Task The_api_is_built_here_runs_on_neo4j_with_redis_after_seeding_and_reports_readiness()
    {
        var api = (await ConfigAsync()).Services()["api"];

        Assert.Equal(Repository.Root, api.Scalar("build", "context"));
        Assert.Equal("neo4j", api.Scalar("environment", "KG_STORE"));
        Assert.Equal("bolt://neo4j:7687", api.Scalar("environment", "NEO4J_URI"));
        Assert.Equal("neo4j", api.Scalar("environment", "NEO4J_USER"));
        Assert.Equal("redis:6379", api.Scalar("environment", "REDIS_CONNECTION"));
        Assert.Equal("service_completed_successfully", api.Scalar("depends_on", "seed", "condition"));
        Assert.Equal("service_healthy", api.Scalar("depends_on", "redis", "condition"));
        Assert.Contains("/health/ready", string.Join(" ", api.Strings("healthcheck", "test")));
    }

    [Fact]
    public async Task A_missing_password_is_refused()
    {
        var config = await ComposeConfig.RunAsync(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = null });

        Assert.NotEqual(0, config.ExitCode);
        Assert.Contains("NEO4J_PASSWORD", config.Error);
    }

    private static async Task<ComposeConfig> ConfigAsync()
    {
        var config = await ComposeConfig.RunAsync(Environment);
        Assert.True(config.ExitCode == 0, config.Error);
        return config;
    }

    /// <summary><c>$$NAME</c> or <c>$${NAME…}</c>: a variable the container's shell expands (Compose's <c>$$</c> escape).</summary>
    [GeneratedRegex(@"\$\$\{?([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ContainerVariable();
}
