using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Tests.Writes;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>A temporary folder holding a seed set (the write test graph unless told otherwise) and a graph file path.</summary>
public sealed class TempStoreFolder : IDisposable
{
    private TempStoreFolder(string root)
    {
        Root = root;
        SeedSet = Path.Combine(root, "seed");
        FilePath = Path.Combine(root, "data", "graph.db");
    }

    public string Root { get; }

    public string SeedSet { get; }

    public string FilePath { get; }

    public static async Task<TempStoreFolder> CreateAsync(GraphData? seed = null)
    {
        var folder = new TempStoreFolder(Path.Combine(Path.GetTempPath(), "kg-durable-" + Guid.NewGuid().ToString("N")));
        await new SeedSetWriter(TestGraph.Schema).WriteAsync(seed ?? WriteTestGraph.Build(), folder.SeedSet, CancellationToken.None);
        return folder;
    }

    public Task<DurableGraphStore> OpenAsync(IReadOnlyList<string>? seedSets = null) =>
        DurableGraphStore.OpenAsync(FilePath, seedSets ?? [SeedSet], TestGraph.Schema, NullLogger.Instance, CancellationToken.None);

    /// <summary>The bytes of the database file and its write-ahead log, to show that nothing was written.</summary>
    public byte[] FileBytes() =>
        [.. File.ReadAllBytes(FilePath), .. File.Exists(FilePath + "-wal") ? File.ReadAllBytes(FilePath + "-wal") : []];

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
