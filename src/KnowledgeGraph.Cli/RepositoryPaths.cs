namespace KnowledgeGraph.Cli;

/// <summary>Default paths, relative to the repository root: the nearest folder above the current one holding KnowledgeGraph.sln.</summary>
public static class RepositoryPaths
{
    public const string SolutionFile = "KnowledgeGraph.sln";
    public const string SeedFolder = "graph-seed";

    public static string Default(string? given, params string[] underRoot)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Path.GetFullPath(given);
        }

        return Path.Combine([FindRoot(Environment.CurrentDirectory), .. underRoot]);
    }

    public static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new CliException($"no {SolutionFile} in '{start}' or above it: run kg inside the repository or give the paths explicitly");
    }
}
