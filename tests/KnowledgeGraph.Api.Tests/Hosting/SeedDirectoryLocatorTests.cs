using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class SeedDirectoryLocatorTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("kg-locator-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void Finds_the_nearest_graph_seed_folder_above_the_content_root()
    {
        var seed = Directory.CreateDirectory(Path.Combine(root.FullName, "repo", "graph-seed"));
        var contentRoot = Directory.CreateDirectory(Path.Combine(root.FullName, "repo", "src", "App"));

        Assert.Equal(seed.FullName, SeedDirectoryLocator.Locate(null, contentRoot.FullName));
    }

    [Fact]
    public void Resolves_a_configured_relative_path_from_the_content_root()
    {
        var seed = Directory.CreateDirectory(Path.Combine(root.FullName, "data", "seed"));
        var contentRoot = Directory.CreateDirectory(Path.Combine(root.FullName, "app"));

        Assert.Equal(seed.FullName, SeedDirectoryLocator.Locate("../data/seed", contentRoot.FullName));
    }

    [Fact]
    public void Refuses_a_configured_folder_that_does_not_exist()
    {
        var error = Assert.Throws<StartupException>(() => SeedDirectoryLocator.Locate("missing", root.FullName));

        Assert.Contains(Path.Combine(root.FullName, "missing"), error.Message);
    }
}
