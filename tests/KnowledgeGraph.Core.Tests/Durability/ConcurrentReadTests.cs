using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>Readers running while writes commit see whole snapshots: each change set entirely or not at all.</summary>
public sealed class ConcurrentReadTests
{
    private const int Writes = 40;

    [Fact]
    public async Task Readers_during_writes_never_see_half_a_change_set()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();
        var context = new WriteContext("writer", DateTimeOffset.UtcNow);
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => ReadUntilAsync(store, done.Token))).ToList();
        var concurrentWriters = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < Writes / 2; i++)
            {
                var n = $"W{w}-{i}";
                await store.ApplyAsync(Set(Company($"ACT-{n}"), Alliance($"ALL-{n}"), Participates($"ACT-{n}", $"ALL-{n}")), context, CancellationToken.None);
            }
        })).ToList();
        await Task.WhenAll(concurrentWriters);
        await done.CancelAsync();
        var checks = await Task.WhenAll(readers);

        Assert.Equal(Writes, store.DataVersion);
        Assert.All(checks, count => Assert.True(count > 0));
        Assert.Equal(Writes, (await store.ReadAuditAsync(1, 100, CancellationToken.None)).Select(a => a.DataVersion).Distinct().Count());
    }

    /// <summary>Checks snapshots until cancelled; returns how many it checked.</summary>
    private static async Task<int> ReadUntilAsync(DurableGraphStore store, CancellationToken stop)
    {
        var checks = 0;
        var lastVersion = 0L;
        var plan = Collection(Query(Actor, page: new PageRequest(First: 1000), totalCount: true,
            projection: AllProperties(Actor, Select(Actor, "alliances"))));
        while (!stop.IsCancellationRequested || checks == 0)
        {
            var snapshot = store.Current;
            Assert.True(snapshot.DataVersion >= lastVersion);
            lastVersion = snapshot.DataVersion;
            var written = snapshot.Data.Nodes.Count(n => n.Id.StartsWith("ACT-W", StringComparison.Ordinal));
            Assert.Equal(snapshot.DataVersion, written);
            Assert.Equal(written, snapshot.Data.Nodes.Count(n => n.Id.StartsWith("ALL-W", StringComparison.Ordinal)));

            var actors = (await store.ReadAsync(plan, CancellationToken.None)).Get<ConnectionResult>("items")!;
            foreach (var actor in actors.Edges.Select(e => e.Node).Where(a => a.Id.StartsWith("ACT-W", StringComparison.Ordinal)))
            {
                Assert.Equal("ALL-" + actor.Id[4..], Assert.Single(actor.Relationships["alliances"].Edges).Node.Id);
            }

            Assert.True(actors.TotalCount >= 2 + written);
            checks++;
        }

        return checks;
    }
}
