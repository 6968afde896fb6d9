using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Tests.Writes;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>
/// Parallel relationships in the durable embedded store: seeded, linked, unlinked one by one (the in-memory index
/// patched in place, the SQLite rows by key), and all there after a restart — also in a file made before the key
/// had identifying values.
/// </summary>
public sealed class ParallelRelationshipStoreTests
{
    private static readonly WriteContext Editor = new("editor", new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    private static GraphData SeedWithParallel() => TestGraph.France()
        .Actor("ACT-A", "Alpha", "COMPANY")
        .Actor("ACT-B", "Beta", "ASSOCIATION")
        .Alliance("ALL-X", "Xenon", "SOCIETAL_INNOVATION")
        .Participates("ACT-A", "ALL-X", "PARTNER", 2019)
        .Participates("ACT-A", "ALL-X", "FUNDER", 2021)
        .Based("ACT-A", "DEP-34")
        .Build();

    private static List<string> Participations(GraphData data) =>
        [.. data.Relationships.Where(r => r.Definition.Type == "PARTICIPATES_IN")
            .Select(r => $"{r.StartId} {r.Properties["role"]} {r.Properties.GetValueOrDefault("since")} {r.EndId}").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Parallels_are_seeded_linked_unlinked_by_key_and_found_again_after_a_restart()
    {
        using var folder = await TempStoreFolder.CreateAsync(SeedWithParallel());
        GraphData written;
        await using (var store = await folder.OpenAsync())
        {
            Assert.Equal(["ACT-A FUNDER 2021 ALL-X", "ACT-A PARTNER 2019 ALL-X"], Participations(store.Data));

            var ambiguous = await Assert.ThrowsAsync<WriteValidationException>(() =>
                store.ApplyAsync(Set(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X")), Editor, CancellationToken.None));
            Assert.Equal(WriteErrorCodes.AmbiguousRelationship, Assert.Single(ambiguous.Errors).Code);
            Assert.Equal(0, store.DataVersion);

            var result = await store.ApplyAsync(
                Set(Participates("ACT-A", "ALL-X", "INITIATOR", 2015), Participates("ACT-B", "ALL-X", "PARTNER", 2020),
                    Participates("ACT-B", "ALL-X", "PARTNER", 2022), Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("role", "PARTNER"))),
                Editor, CancellationToken.None);
            Assert.Equal([ParticipationKey("ACT-A", "ALL-X", "PARTNER", 2019)], result.RelationshipsDeleted);
            await store.ApplyAsync(Set(Unlink("PARTICIPATES_IN", "ACT-B", "ALL-X", ("since", 2020))), Editor, CancellationToken.None);

            Assert.Equal(["ACT-A FUNDER 2021 ALL-X", "ACT-A INITIATOR 2015 ALL-X", "ACT-B PARTNER 2022 ALL-X"], Participations(store.Data));
            Assert.Equal(2, store.Current.Lookup.RelationshipsOf("ACT-A").Count(r => r.EndId == "ALL-X"));
            written = store.Data;
        }

        await using (var reopened = await folder.OpenAsync())
        {
            GraphAssert.Equal(written, reopened.Data);
            Assert.Equal(2, reopened.DataVersion);
        }

        Assert.Equal(3L, await GraphFileKeyTests.ScalarAsync(folder.FilePath, "SELECT count(*) FROM relationships WHERE type = 'PARTICIPATES_IN'"));
    }

    [Fact]
    public async Task A_file_keyed_by_type_and_ends_only_is_rewritten_when_opened_and_then_keeps_parallels()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await (await folder.OpenAsync()).DisposeAsync();
        await GraphFileKeyTests.ExecuteAsync(folder.FilePath, """
            CREATE TABLE old_relationships (
                type TEXT NOT NULL, start_id TEXT NOT NULL, end_id TEXT NOT NULL, properties TEXT NOT NULL, UNIQUE (type, start_id, end_id));
            INSERT INTO old_relationships SELECT type, start_id, end_id, properties FROM relationships ORDER BY rowid;
            DROP TABLE relationships;
            ALTER TABLE old_relationships RENAME TO relationships;
            """);

        await using (var store = await folder.OpenAsync())
        {
            GraphAssert.Equal(WriteTestGraph.Build(), store.Data);
            await store.ApplyAsync(Set(Participates("ACT-A", "ALL-X", "FUNDER", 2024)), Editor, CancellationToken.None);
            await store.ApplyAsync(Set(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("role", "PARTNER"))), Editor, CancellationToken.None);
        }

        await using (var reopened = await folder.OpenAsync())
        {
            Assert.Equal(["ACT-A FUNDER 2024 ALL-X"], Participations(reopened.Data));
        }
    }
}
