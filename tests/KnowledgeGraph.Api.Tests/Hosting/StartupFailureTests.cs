using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>Start-up stops before serving anything: invalid seed data (every problem logged as file:line), bad settings.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly DirectoryInfo seedRoot = Directory.CreateTempSubdirectory("kg-bad-seed-");

    public void Dispose() => seedRoot.Delete(recursive: true);

    [Fact]
    public async Task Start_up_fails_naming_the_file_and_line_of_each_problem()
    {
        var nodes = Directory.CreateDirectory(Path.Combine(seedRoot.FullName, "curated", "nodes"));
        await File.WriteAllLinesAsync(Path.Combine(nodes.FullName, "Actor.csv"),
        [
            "id:ID,name,kind,source",
            "ACT-GOOD,Good actor,COMPANY,CURATED",
            "ACT-BAD,Bad actor,NOT_A_KIND,CURATED",
        ]);
        await using var factory = new KnowledgeGraphAppFactory { SeedDirectory = seedRoot.FullName };

        var failure = await Record.ExceptionAsync(async () => await factory.CreateClient().GetAsync("/health/ready"));

        Assert.NotNull(failure);
        var errors = factory.Logs.Entries.Where(log => log.Level == LogLevel.Error).Select(log => log.Message).ToList();
        var problem = Assert.Single(errors);
        Assert.Matches(@"^curated[/\\]nodes[/\\]Actor\.csv:3: .*NOT_A_KIND", problem);
        Assert.Contains(factory.Logs.Entries, log =>
            log.Level == LogLevel.Critical && log.Message == "Start-up stopped: the seed data is invalid (1 problem(s), listed above).");
        Assert.All(factory.Logs.Entries, log => Assert.Null(log.Exception));
    }

    [Fact]
    public async Task Start_up_fails_when_the_seed_directory_does_not_exist()
    {
        var missing = Path.Combine(seedRoot.FullName, "nope");
        await using var factory = new KnowledgeGraphAppFactory { SeedDirectory = missing };

        var failure = await Record.ExceptionAsync(async () => await factory.CreateClient().GetAsync("/health/ready"));

        Assert.NotNull(failure);
        Assert.Contains(factory.Logs.Entries, log => log.Level == LogLevel.Critical
            && log.Message == $"Start-up stopped: The seed directory '{missing}' (KnowledgeGraph:SeedDirectory) does not exist.");
    }

    [Fact]
    public async Task Start_up_fails_for_a_store_it_does_not_have()
    {
        await using var factory = new KnowledgeGraphAppFactory { Store = "cassandra" };

        var failure = await Record.ExceptionAsync(async () => await factory.CreateClient().GetAsync("/health/ready"));

        Assert.NotNull(failure);
        Assert.Contains(factory.Logs.Entries, log => log.Level == LogLevel.Critical
            && log.Message == "Start-up stopped: Store 'cassandra' is not supported; use 'embedded' or 'neo4j'.");
    }
}
