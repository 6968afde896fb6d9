namespace KnowledgeGraph.Cli.Tests;

/// <summary>The repository's curated seed set, found from the test binaries.</summary>
internal static class RepositoryCurated
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "graph-seed", "curated");
}
