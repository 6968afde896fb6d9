namespace KnowledgeGraph.Core.Tests.Seed;

/// <summary>The repository's graph-seed folder, found by walking up from the test binaries to KnowledgeGraph.sln.</summary>
public static class RepositorySeed
{
    public static string Root { get; } = FindRoot();

    public static string SeedRoot => Path.Combine(Root, "graph-seed");

    public static string Curated => Path.Combine(SeedRoot, "curated");

    public static string Synthetic => Path.Combine(SeedRoot, "synthetic");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
