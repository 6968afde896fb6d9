namespace KnowledgeGraph.Api.Hosting;

/// <summary>Finds the graph-seed root: the configured one, or the nearest <c>graph-seed/</c> above the app.</summary>
public static class SeedDirectoryLocator
{
    public const string FolderName = "graph-seed";

    public static string Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(path)
                ? path
                : throw new StartupException($"The seed directory '{path}' (KnowledgeGraph:SeedDirectory) does not exist.");
        }
        return FindAbove(contentRoot) ?? FindAbove(AppContext.BaseDirectory)
            ?? throw new StartupException(
                $"No '{FolderName}' folder found above '{contentRoot}' or '{AppContext.BaseDirectory}'; " +
                "set KnowledgeGraph:SeedDirectory.");
    }

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FolderName);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
