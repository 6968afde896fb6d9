using System.Text.Json;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Tests.Writes;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>The durable store on a real SQLite file: seeding, writes, refusals, restarts, the audit trail.</summary>
public sealed class DurableGraphStoreTests
{
    private static readonly WriteContext Alice = new("alice", new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_first_start_seeds_the_file_from_the_seed_sets()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();

        Assert.Equal(0, store.DataVersion);
        GraphAssert.Equal(await new SeedLoader(TestGraph.Schema).LoadAsync([folder.SeedSet], CancellationToken.None), store.Data);
        var seed = Assert.Single(await store.ReadAuditAsync(0, 10, CancellationToken.None));
        Assert.Equal(("seed", 0L), (seed.Who, seed.DataVersion));
        Assert.Equal(WriteTestGraph.Build().Nodes.Count, JsonDocument.Parse(seed.Summary).RootElement.GetProperty("nodes").GetInt32());
    }

    [Fact]
    public async Task A_valid_change_set_is_visible_in_reads_and_bumps_the_data_version()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();

        var result = await store.ApplyAsync(
            Set(Company("ACT-NEW", "Newco"), Participates("ACT-NEW", "ALL-X", "FUNDER"), Update("ACT-B", ("website", "https://b.example"))),
            Alice, CancellationToken.None);

        Assert.Equal(1, result.DataVersion);
        Assert.Equal(1, store.DataVersion);
        Assert.Equal(["ACT-NEW"], result.NodesCreated);
        Assert.Equal(["ACT-B"], result.NodesUpdated);
        Assert.Equal([ParticipationKey("ACT-NEW", "ALL-X", "FUNDER")], result.RelationshipsCreated);
        var read = await store.ReadAsync(Collection(Query(Actor, projection: AllProperties(Actor, Select(Actor, "alliances")))), CancellationToken.None);
        var actors = read.Get<ConnectionResult>("items")!.Edges.Select(e => e.Node).ToList();
        Assert.Equal(["ACT-A", "ACT-B", "ACT-NEW"], actors.Select(a => a.Id));
        Assert.Equal("Newco", actors[2].Properties["name"]);
        Assert.Equal("ALL-X", Assert.Single(actors[2].Relationships["alliances"].Edges).Node.Id);
        Assert.Equal("https://b.example", actors[1].Properties["website"]);
    }

    [Fact]
    public async Task A_refused_change_set_leaves_the_store_and_the_file_unchanged()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();
        var before = store.Current;
        var bytes = folder.FileBytes();

        var error = await Assert.ThrowsAsync<WriteValidationException>(() => store.ApplyAsync(
            Set(Company("ACT-NEW"), Delete("ACT-B"), Participates("ACT-NEW", "ALL-NOPE")), Alice, CancellationToken.None));

        Assert.Equal(WriteErrorCodes.UnknownId, Assert.Single(error.Errors).Code);
        Assert.Same(before, store.Current);
        Assert.Equal(bytes, folder.FileBytes());
        Assert.Single(await store.ReadAuditAsync(0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_change_set_that_changes_nothing_writes_nothing()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();
        var bytes = folder.FileBytes();

        var result = await store.ApplyAsync(Set(Company("ACT-TMP"), Delete("ACT-TMP")), Alice, CancellationToken.None);

        Assert.True(result.ChangedNothing);
        Assert.Equal(0, result.DataVersion);
        Assert.Equal(bytes, folder.FileBytes());
    }

    [Fact]
    public async Task A_restart_keeps_every_write_and_does_not_reseed()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        Guid storeId;
        Core.Graph.GraphData written;
        await using (var store = await folder.OpenAsync())
        {
            await store.ApplyAsync(Set(Delete("ACT-A", detach: true)), Alice, CancellationToken.None);
            await store.ApplyAsync(Set(Company("ACT-NEW"), Link("BASED_IN", "ACT-NEW", "COM-34172")), Alice, CancellationToken.None);
            (storeId, written) = (store.StoreId, store.Data);
        }

        await using var reopened = await folder.OpenAsync();

        Assert.Equal(2, reopened.DataVersion);
        Assert.Equal(storeId, reopened.StoreId);
        GraphAssert.Equal(written, reopened.Data);
        Assert.DoesNotContain(reopened.Data.Nodes, n => n.Id == "ACT-A");
        Assert.Equal(["seed", "alice", "alice"], (await reopened.ReadAuditAsync(0, 10, CancellationToken.None)).Select(a => a.Who));
    }

    [Fact]
    public async Task A_seeded_file_ignores_the_seed_sets_it_is_opened_with()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await (await folder.OpenAsync()).DisposeAsync();

        await using var reopened = await folder.OpenAsync([Path.Combine(folder.Root, "no-such-set")]);

        Assert.Contains(reopened.Data.Nodes, n => n.Id == "ACT-A");
    }

    [Fact]
    public async Task Every_value_type_survives_a_restart()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        Core.Graph.GraphData expected;
        await using (var store = await folder.OpenAsync())
        {
            await store.ApplyAsync(Set(
                Create("Actor", "ACT-T", ("name", "Été « ÉCO »"), ("kind", "ASSOCIATION"), ("employer", false), ("foundedYear", 1901),
                    ("source", "TEST")),
                Create("Finding", "FND-T", ("statement", "s"), ("value", 0.1 + 0.2), ("source", "TEST")),
                Update("ALL-X", ("objectives", new[] { "HYBRIDISE_ECONOMIC_MODEL", "ACCELERATE_SOCIETAL_INNOVATION" })),
                Create("Network", "NET-T", ("name", "N"), ("kind", "FEDERATION"), ("source", "TEST")),
                Link("MEMBER_OF", "ACT-T", "NET-T", ("since", 2020))), Alice, CancellationToken.None);
            expected = store.Data;
        }

        await using var reopened = await folder.OpenAsync();

        GraphAssert.Equal(expected, reopened.Data);
        Assert.Equal(0.1 + 0.2, reopened.Data.Nodes.Single(n => n.Id == "FND-T").Properties["value"]);
        Assert.Equal(2020L, reopened.Data.Relationships.Single(r => r.EndId == "NET-T").Properties["since"]);
    }

    [Fact]
    public async Task Each_write_leaves_an_audit_row_saying_who_when_and_what()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();
        var bob = new WriteContext("bob", Alice.At.AddHours(1));

        await store.ApplyAsync(Set(Company("ACT-NEW")), Alice, CancellationToken.None);
        await store.ApplyAsync(Set(Delete("ACT-A", detach: true)), bob, CancellationToken.None);

        var audit = await store.ReadAuditAsync(1, 10, CancellationToken.None);
        Assert.Equal([("alice", Alice.At, 1L), ("bob", bob.At, 2L)], audit.Select(a => (a.Who, a.At, a.DataVersion)));
        Assert.True(audit[0].Sequence < audit[1].Sequence);
        var summary = JsonDocument.Parse(audit[1].Summary).RootElement;
        Assert.Equal("ACT-A", summary.GetProperty("nodesDeleted")[0].GetString());
        Assert.Equal(
            ["BASED_IN", "PARTICIPATES_IN"],
            summary.GetProperty("relationshipsDeleted").EnumerateArray().Select(r => r.GetProperty("type").GetString()).Order());
    }

    [Fact]
    public async Task A_second_store_cannot_open_a_file_in_use()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await using var store = await folder.OpenAsync();

        var error = await Assert.ThrowsAsync<StoreException>(() => folder.OpenAsync());

        Assert.Equal("STORE_LOCKED", error.Code);
        Assert.Equal(0, store.DataVersion);
    }

    [Fact]
    public async Task An_invalid_seed_set_leaves_the_file_unseeded()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        var broken = Path.Combine(folder.Root, "broken", "nodes");
        Directory.CreateDirectory(broken);
        await File.WriteAllTextAsync(Path.Combine(broken, "Actor.csv"), "id:ID,name,kind,source\nACT-Z,Z,NOT_A_KIND,T\n");

        await Assert.ThrowsAsync<SeedValidationException>(() => folder.OpenAsync([Path.GetDirectoryName(broken)!]));
        await using var store = await folder.OpenAsync();

        Assert.Contains(store.Data.Nodes, n => n.Id == "ACT-A");
    }
}
