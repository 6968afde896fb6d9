using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KnowledgeGraph.Deploy.Tests;

/// <summary>The Dockerfile builds projects that exist, copies what exists, and runs what it built.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Repository.File("Dockerfile"));

    [Fact]
    public void It_publishes_the_api_and_the_cli_which_exist_in_the_solution()
    {
        var published = Publish().Matches(Dockerfile).Select(m => m.Groups[1].Value).ToList();
        var solution = File.ReadAllText(Repository.File("KnowledgeGraph.sln")).Replace('\\', '/');

        Assert.Contains("src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj", published);
        Assert.Contains("src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj", published);
        foreach (var project in published)
        {
            Assert.True(File.Exists(Repository.File(project)), $"{project} does not exist");
            Assert.Contains(project, solution);
        }
    }

    [Fact]
    public void Files_copied_from_the_build_context_exist()
    {
        foreach (var source in ContextCopy().Matches(Dockerfile).Select(m => m.Groups[1].Value).Where(s => s != "."))
            Assert.True(Path.Exists(Repository.File(source)), $"COPY {source}: not in the repository");
    }

    [Fact]
    public void The_entry_points_name_the_assemblies_the_projects_build()
    {
        var cli = XDocument.Load(Repository.File("src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj")).Descendants("AssemblyName").Single().Value;
        var compose = File.ReadAllText(Repository.File("docker-compose.yml"));

        Assert.Contains("ENTRYPOINT [\"dotnet\", \"KnowledgeGraph.Api.dll\"]", Dockerfile);
        Assert.Contains("-o /out/cli", Dockerfile);
        Assert.Contains("COPY --from=build /out/cli ./cli/", Dockerfile);
        Assert.Contains($"\"cli/{cli}.dll\", \"seed\"", compose);
    }

    [Fact]
    public void The_build_stage_has_node_for_the_ide_bundle_the_api_build_makes()
    {
        var api = File.ReadAllText(Repository.File("src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj"));

        Assert.Contains("ui.targets", api);
        Assert.Matches(@"apt-get install[^\n]*nodejs[^\n]*npm", Dockerfile);
    }

    [GeneratedRegex(@"dotnet publish (\S+\.csproj)")]
    private static partial Regex Publish();

    [GeneratedRegex(@"^COPY (?!--from)(\S+) ", RegexOptions.Multiline)]
    private static partial Regex ContextCopy();
}
