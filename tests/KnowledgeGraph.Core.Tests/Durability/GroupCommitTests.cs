using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>
/// Concurrent writers on the durable store: their writes are committed in groups, yet each is validated as a whole
/// against the ones before it, refused alone when invalid, and every acknowledged write is in the file after a restart.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Concurrent_writes_are_each_validated_committed_and_given_their_own_data_version()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        var context = new WriteContext("writer", DateTimeOffset.UtcNow);
        List<WriteResult> results;
        List<Exception> refusals = [];
        await using (var store = await folder.OpenAsync())
        {
            // 40 writers at once: each creates an actor; every fifth also tries a second actor with a taken id, so
            // that write is refused as a whole while the others go through.
            var writes = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            {
                var changeSet = i % 5 == 0
                    ? Set(Company($"ACT-G{i:D2}"), Company("ACT-A"))
                    : Set(Company($"ACT-G{i:D2}"), Participates($"ACT-G{i:D2}", "ALL-X"));
                try
                {
                    return await store.ApplyAsync(changeSet, context, CancellationToken.None);
                }
                catch (WriteValidationException e)
                {
                    lock (refusals)
                    {
                        refusals.Add(e);
                    }

                    return null;
                }
            })).ToList();
            results = [.. (await Task.WhenAll(writes)).OfType<WriteResult>()];

            Assert.Equal(32, results.Count);
            Assert.Equal(8, refusals.Count);
            Assert.Equal(Enumerable.Range(1, 32).Select(v => (long)v), results.Select(r => r.DataVersion).Order());
            Assert.Equal(32, store.DataVersion);
        }

        await using var reopened = await folder.OpenAsync();
        Assert.Equal(32, reopened.DataVersion);
        var ids = reopened.Data.Nodes.Select(n => n.Id).Where(id => id.StartsWith("ACT-G", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i % 5 != 0).Select(i => $"ACT-G{i:D2}"), ids);
        Assert.Equal(32, reopened.Data.Relationships.Count(r => r.StartId.StartsWith("ACT-G", StringComparison.Ordinal)));
        var audit = await reopened.ReadAuditAsync(1, 100, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 32).Select(v => (long)v), audit.Select(a => a.DataVersion));
    }

    [Fact]
    public async Task A_write_sees_the_writes_committed_with_it_before_it()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();
        var context = new WriteContext("writer", DateTimeOffset.UtcNow);

        // Started together: whichever runs second must find the first's actor (the same id) and be refused.
        var first = store.ApplyAsync(Set(Company("ACT-SAME")), context, CancellationToken.None);
        var second = store.ApplyAsync(Set(Company("ACT-SAME")), context, CancellationToken.None);
        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        Assert.Single(outcomes, o => o == "ok");
        Assert.Single(outcomes, o => o == WriteErrorCodes.DuplicateId);
        Assert.Equal(1, store.DataVersion);
    }

    private static async Task<string> Outcome(Task<WriteResult> write)
    {
        try
        {
            await write;
            return "ok";
        }
        catch (WriteValidationException e)
        {
            return e.Errors[0].Code;
        }
    }
}
