using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.Embedded.Changes;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>
/// A commit group's writes are patched into the in-memory index at once (their net effect). Oracle: the accepted
/// writes replayed one by one in data-version order on the plain data (no patcher, no grouping). The graph in memory
/// and the graph read back from the file must both hold what the replay holds, and the patched index must equal, part
/// by part, a full build of its own graph.
/// </summary>
public sealed class GroupPatchTests
{
    private static readonly WriteContext Context = new("writer", DateTimeOffset.UtcNow);

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Writes_patched_together_hold_what_the_same_writes_applied_one_by_one_hold(int seed)
    {
        using var folder = await TempStoreFolder.CreateAsync(ScaledTestGraph.Build(scale: 1, seed: seed).Build());
        var changes = new RandomChangeSets(new Random(seed));
        var accepted = new List<(ChangeSet ChangeSet, WriteResult Result)>();
        GraphData start;
        await using (var store = await folder.OpenAsync())
        {
            start = store.Data;
            for (var burst = 0; burst < 8; burst++)
            {
                // Sent together, so that they queue behind one another and are committed in groups; many depend on
                // each other (links to nodes created or deleted by writes of the same burst) and some are refused.
                var graph = store.Data;
                var sets = Enumerable.Range(0, 25).Select(_ => changes.Next(graph)).ToList();
                var writes = sets.Select(set => store.ApplyAsync(set, Context, CancellationToken.None)).ToList();
                for (var i = 0; i < sets.Count; i++)
                {
                    try
                    {
                        accepted.Add((sets[i], await writes[i]));
                    }
                    catch (WriteValidationException)
                    {
                        // Refused as a whole: not part of the oracle.
                    }
                }
            }

            var changed = accepted.Count(a => !a.Result.ChangedNothing);
            Assert.True(changed >= 40, $"only {changed} writes changed something");
            Assert.True(store.CommitCount < changed, $"{store.CommitCount} commits for {changed} writes: nothing was grouped");

            Assert.Equal(Canonical(Replay(start, accepted)), Canonical(store.Data));
            IndexAssert.Same(GraphIndexBuilder.Build(TestGraph.Schema, store.Data), store.Current.Store.Index);
        }

        await using var fromFile = await folder.OpenAsync();
        Assert.Equal(Canonical(Replay(start, accepted)), Canonical(fromFile.Data));
    }

    [Fact]
    public async Task A_node_deleted_and_created_again_in_one_group_comes_back_without_its_old_relationships()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();

        // Queued together behind a first write: ACT-A loses its relationships with its deletion, then comes back.
        var first = store.ApplyAsync(Set(Company("ACT-FIRST")), Context, CancellationToken.None);
        var delete = store.ApplyAsync(Set(Delete("ACT-A", detach: true)), Context, CancellationToken.None);
        var again = store.ApplyAsync(Set(Company("ACT-A", "Alpha again")), Context, CancellationToken.None);
        var link = store.ApplyAsync(Set(Participates("ACT-A", "ALL-X", "FUNDER")), Context, CancellationToken.None);
        await Task.WhenAll(first, delete, again, link);

        var node = Assert.Single(store.Data.Nodes, n => n.Id == "ACT-A");
        Assert.Equal("Alpha again", node.Properties["name"]);
        var relationship = Assert.Single(store.Data.Relationships, r => r.StartId == "ACT-A");
        Assert.Equal("FUNDER", relationship.Properties["role"]);
        Assert.Equal(4, store.DataVersion);
        IndexAssert.Same(GraphIndexBuilder.Build(TestGraph.Schema, store.Data), store.Current.Store.Index);
    }

    private static GraphData Replay(GraphData start, List<(ChangeSet ChangeSet, WriteResult Result)> accepted)
    {
        var validator = new ChangeSetValidator(TestGraph.Schema);
        var data = start;
        foreach (var (changeSet, _) in accepted.OrderBy(a => a.Result.DataVersion).ThenBy(a => a.Result.ChangedNothing ? 0 : 1))
        {
            data = validator.Validate(changeSet, new GraphDataLookup(data)).ApplyTo(data);
        }

        return data;
    }

    /// <summary>The graph as sorted lines (labels, ids, properties), whatever the order its records are kept in.</summary>
    private static List<string> Canonical(GraphData data) =>
    [
        .. data.Nodes.Select(n => $"{n.Label.Name} {n.Id} {Properties(n.Properties)}")
            .Concat(data.Relationships.Select(r => $"{r.Definition} {r.StartId} {r.EndId} {Properties(r.Properties)}"))
            .Order(StringComparer.Ordinal),
    ];

    private static string Properties(IReadOnlyDictionary<string, object> properties) =>
        string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Value(p.Value)}"));

    private static string Value(object value) => value is System.Collections.IEnumerable list and not string
        ? $"[{string.Join(", ", list.Cast<object>())}]"
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
