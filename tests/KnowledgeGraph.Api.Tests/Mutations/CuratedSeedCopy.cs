using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Mutations;

/// <summary>A temporary seed root with a copy of the repository's curated set only (small and real).</summary>
public sealed class CuratedSeedCopy : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("kg-write-seed-");

    public CuratedSeedCopy()
    {
        var curated = Path.GetDirectoryName(Path.GetDirectoryName(RepositoryFiles.Find("graph-seed/curated/nodes/Actor.csv")))!;
        foreach (var file in Directory.GetFiles(curated, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root.FullName, "curated", Path.GetRelativePath(curated, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root => root.FullName;

    public void Dispose() => root.Delete(recursive: true);
}
