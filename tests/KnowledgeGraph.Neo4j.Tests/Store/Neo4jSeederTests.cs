using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Neo4j.Seeding;

namespace KnowledgeGraph.Neo4j.Tests.Store;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jSeederTests(Neo4jTestServer server)
{
    [Fact]
    public async Task Seeding_twice_changes_nothing_and_writes_shadow_properties()
    {
        var data = TestGraph.France().Actor("ACT-A", "Œuvre  Île", "ASSOCIATION").Based("ACT-A", "DEP-34").Build();
        var first = await server.ResetAsync(TestGraph.Schema, data);
        var progress = new List<SeedProgress>();
        var second = await new Neo4jSeeder(server.Runner, TestGraph.Schema).SeedAsync(data, new SynchronousProgress(progress), CancellationToken.None);

        Assert.Equal(new SeedCounts(7, 6), first);
        Assert.Equal(first, second);
        Assert.Equal(7, await server.CountAsync("MATCH (n) RETURN count(n)"));
        Assert.Equal(6, await server.CountAsync("MATCH ()-[r]->() RETURN count(r)"));
        Assert.Equal(1, await server.CountAsync("MATCH (n:Actor) WHERE n.__n_name = 'oeuvre ile' AND n.name = 'Œuvre  Île' RETURN count(n)"));
        Assert.Contains(progress, p => p.Written == p.Total && p.Step.StartsWith("Territory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parallel_relationships_differing_in_an_identifying_property_are_kept_and_seeding_twice_changes_nothing()
    {
        // ACT-A takes part in ALL-B three times: as FUNDER in 2020, as PARTNER in 2021, as PARTNER with no year;
        // the last row repeats the first key (FUNDER 2020) and is the same relationship.
        var data = TestGraph.France().Actor("ACT-A", "A", "COMPANY").Alliance("ALL-B", "B", "PATRONAGE")
            .Participates("ACT-A", "ALL-B", "FUNDER", 2020).Participates("ACT-A", "ALL-B", "PARTNER", 2021)
            .Participates("ACT-A", "ALL-B", "PARTNER").Participates("ACT-A", "ALL-B", "FUNDER", 2020).Build();
        const string participations = "MATCH (:Actor {id: 'ACT-A'})-[r:PARTICIPATES_IN]->(:Alliance {id: 'ALL-B'}) RETURN count(r)";

        await server.ResetAsync(TestGraph.Schema, data);
        Assert.Equal(3, await server.CountAsync(participations));
        await new Neo4jSeeder(server.Runner, TestGraph.Schema).SeedAsync(data, null, CancellationToken.None);

        Assert.Equal(3, await server.CountAsync(participations));
        Assert.Equal(1, await server.CountAsync(
            "MATCH (:Actor {id: 'ACT-A'})-[r:PARTICIPATES_IN]->(:Alliance {id: 'ALL-B'}) WHERE r.role = 'PARTNER' AND r.since IS NULL RETURN count(r)"));
    }

    private sealed class SynchronousProgress(List<SeedProgress> reports) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => reports.Add(value);
    }
}
