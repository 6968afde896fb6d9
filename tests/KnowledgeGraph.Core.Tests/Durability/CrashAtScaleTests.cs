using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Generation;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Tests.Seed;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>
/// The crash test at 100x the reference data (about 343,000 nodes and 1.3 million relationships): writes applied in
/// place of a rebuild touch large arrays and the file is large, so a kill there must lose no acknowledged write, leave
/// no part of one, and lose nothing of the data already stored.
/// </summary>
public sealed class CrashAtScaleTests : IDisposable
{
    private const int Rounds = 2;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-crash-100x-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_killed_writer_on_a_100x_graph_loses_no_acknowledged_write_and_no_stored_data()
    {
        var synthetic = Path.Combine(_root, "synthetic");
        var file = Path.Combine(_root, "data", "graph.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await SyntheticSeedSet.GenerateAsync(RepositorySeed.Curated, synthetic, new GenerationOptions(Scale: 100), CancellationToken.None);
        int seededNodes, seededRelationships;
        await using (var seeded = await OpenAsync(file, [RepositorySeed.Curated, synthetic]))
        {
            (seededNodes, seededRelationships) = (seeded.Data.Nodes.Count, seeded.Data.Relationships.Count);
        }

        Assert.True(seededNodes > 300_000, $"the 100x graph has {seededNodes} nodes");
        var crasher = await CrasherBuild.GetAsync();
        var acknowledged = new List<string>();
        var random = new Random(20261205);
        for (var round = 0; round < Rounds; round++)
        {
            // The file is seeded: the crasher reads it back (no seed set given), then writes until killed.
            acknowledged.AddRange(await CrashTests.RunAndKillAsync(
                crasher, [file], killAfter: 3 + random.Next(10), TimeSpan.FromMilliseconds(random.Next(40)), TimeSpan.FromMinutes(5)));

            await using var store = await OpenAsync(file, []);
            var ids = store.Data.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            Assert.All(acknowledged, id => Assert.Contains(id, ids));
            var created = store.Data.Nodes.Count(n => n.Id.StartsWith("ACT-CRASH-", StringComparison.Ordinal));
            var links = store.Data.Relationships.Count(r => r.StartId.StartsWith("ACT-CRASH-", StringComparison.Ordinal));

            // Each write is whole: an actor, an alliance and their link; the stored data is all there besides.
            Assert.Equal(created, store.Data.Nodes.Count(n => n.Id.StartsWith("ALL-CRASH-", StringComparison.Ordinal)));
            Assert.Equal(created, links);
            Assert.Equal(seededNodes + 2 * created, store.Data.Nodes.Count);
            Assert.Equal(seededRelationships + created, store.Data.Relationships.Count);
            Assert.Equal(created, store.DataVersion);
            Assert.InRange(created, acknowledged.Count, acknowledged.Count + round + 1);
        }
    }

    private static Task<DurableGraphStore> OpenAsync(string file, IReadOnlyList<string> seedSets) =>
        DurableGraphStore.OpenAsync(file, seedSets, KnowledgeGraphSchema.Instance, NullLogger.Instance, CancellationToken.None);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
