namespace KnowledgeGraph.Browser.Tests;

/// <summary>Locations in the repository the browser tests read from and write to.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string FlagshipQuery => Path.Combine(Root, "ui", "graphiql", "examples", "flagship.graphql");

    /// <summary>Screenshots and other artefacts, under the git-ignored TestResults/.</summary>
    public static string Artefacts => Directory.CreateDirectory(Path.Combine(Root, "TestResults", "browser")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
