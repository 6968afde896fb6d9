namespace KnowledgeGraph.Cli.Tests;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void Finds_the_nearest_folder_with_the_solution_above()
    {
        using var root = new TempFolder();
        root.Write("KnowledgeGraph.sln", "");
        var nested = Path.Combine(root.Path, "src", "deep");
        Directory.CreateDirectory(nested);

        Assert.Equal(root.Path, RepositoryPaths.FindRoot(nested));
    }

    [Fact]
    public void Without_a_solution_above_the_error_says_what_to_do()
    {
        var exception = Assert.Throws<CliException>(() => RepositoryPaths.FindRoot(Path.GetPathRoot(Path.GetTempPath())!));

        Assert.Contains("give the paths explicitly", exception.Message);
    }

    [Fact]
    public void A_given_path_wins_over_the_default()
    {
        Assert.Equal(Path.GetFullPath("some/where"), RepositoryPaths.Default("some/where", "graph-seed"));
    }
}
