namespace KnowledgeGraph.Core.Tests.Seed;

/// <summary>A graph-seed root in a temporary folder that a test fills with files and deletes afterwards.</summary>
public sealed class TempSeedRoot : IDisposable
{
    public TempSeedRoot()
    {
        Root = Path.Combine(Path.GetTempPath(), "kg-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a file (path relative to the root, e.g. "a/nodes/Actor.csv"); lines are joined with LF.</summary>
    public TempSeedRoot Write(string relativePath, params string[] lines)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return this;
    }

    public string Set(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
