namespace KnowledgeGraph.Deploy.Tests;

/// <summary>The repository root: the nearest folder above the test binaries holding KnowledgeGraph.sln.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
                return directory.FullName;
        }

        throw new DirectoryNotFoundException("No KnowledgeGraph.sln above the test binaries.");
    }
}
