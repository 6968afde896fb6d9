using System.Diagnostics;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Tests.Seed;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>The repository's own seed (curated and synthetic) through the file: seeded, written to, read back.</summary>
public sealed class RepositorySeedDurabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_repository_seed_round_trips_through_the_file_with_a_write()
    {
        var root = Path.Combine(Path.GetTempPath(), "kg-durable-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(root, "graph.db");
        var sets = SeedLoader.DefaultSets(RepositorySeed.SeedRoot);
        try
        {
            var clock = Stopwatch.StartNew();
            var store = await DurableGraphStore.OpenAsync(path, sets, TestGraph.Schema, NullLogger.Instance, CancellationToken.None);
            var seeded = clock.Elapsed;
            GraphAssert.Equal(await new SeedLoader(TestGraph.Schema).LoadAsync(sets, CancellationToken.None), store.Data);

            var context = new WriteContext("test", DateTimeOffset.UtcNow);
            var writes = Stopwatch.StartNew();
            for (var i = 0; i < 10; i++)
            {
                await store.ApplyAsync(Set(Company($"ACT-SCALE-{i}"), Link("BASED_IN", $"ACT-SCALE-{i}", "REG-76")), context, CancellationToken.None);
            }

            writes.Stop();
            var expected = store.Data;
            await store.DisposeAsync();

            clock.Restart();
            await using var reopened = await DurableGraphStore.OpenAsync(path, sets, TestGraph.Schema, NullLogger.Instance, CancellationToken.None);
            var loaded = clock.Elapsed;
            GraphAssert.Equal(expected, reopened.Data);
            Assert.Equal(10, reopened.DataVersion);
            output.WriteLine($"{expected.Nodes.Count} nodes, {expected.Relationships.Count} relationships: seeded in {seeded.TotalMilliseconds:F0} ms, " +
                $"{writes.Elapsed.TotalMilliseconds / 10:F1} ms per write, reopened in {loaded.TotalMilliseconds:F0} ms");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
