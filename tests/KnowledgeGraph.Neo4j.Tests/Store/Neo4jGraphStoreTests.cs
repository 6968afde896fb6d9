using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Neo4j.Tests.Compiler;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>The Neo4j store on the real Neo4j 3.1.1: round trips, nesting, paging, search and failures.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreTests(Neo4jTestServer server)
{
    private static readonly TestGraph Graph = TestGraph.France()
        .Actor("ACT-A", "Élan Solidaire", "ASSOCIATION", ("foundedYear", 1990))
        .Actor("ACT-B", "Banque Alpha", "COMPANY", ("size", "LARGE"), ("description", "Une banque élan"))
        .Actor("ACT-C", "elan", "COMPANY")
        .Alliance("ALL-X", "Alliance X", "PATRONAGE", ("startYear", 2015), ("impacts", new[] { "TRUST", "INNOVATION" }))
        .Alliance("ALL-Y", "Alliance Y", "SOCIETAL_INNOVATION", ("startYear", 2010))
        .Participates("ACT-A", "ALL-X", "INITIATOR", 2015)
        .Participates("ACT-A", "ALL-Y", "PARTNER")
        .Participates("ACT-B", "ALL-X", "FUNDER")
        .Located("ALL-X", "COM-34172")
        .Located("ALL-Y", "DEP-75");

    [Fact]
    public async Task Every_read_is_one_statement_however_deep_the_plan()
    {
        await server.ResetAsync(TestGraph.Schema, Graph.Build());
        var counting = new CountingCypherRunner(server.Runner);
        var store = new Neo4jGraphStore(TestGraph.Schema, counting);

        foreach (var (name, plan) in SamplePlans.All("REG-76").Where(p => p.Name is "nested" or "multi-root" or "quantifier-nested" or "search"))
        {
            var before = counting.Runs;
            await store.ReadAsync(plan, CancellationToken.None);
            Assert.True(counting.Runs - before == 1, $"{name}: {counting.Runs - before} statements");
        }
    }

    [Fact]
    public async Task Nested_connections_are_filtered_ordered_paged_and_carry_edge_properties()
    {
        var store = await SeededStore();
        var alliances = Select(Actor, "alliances", Query(Alliance, order: [Desc(Alliance, "startYear")], page: new PageRequest(First: 1), totalCount: true), null, "role", "since");
        var result = await store.ReadAsync(Collection(Query(Actor, where: Prop(Actor, "id", Eq, "ACT-A"), projection: AllProperties(Actor, alliances))), CancellationToken.None);

        var actor = Assert.Single(result.Get<ConnectionResult>("items")!.Edges).Node;
        var nested = actor.Relationships["alliances"];
        var edge = Assert.Single(nested.Edges);
        Assert.Equal("ALL-X", edge.Node.Id);
        Assert.Equal("INITIATOR", edge.EdgeProperties["role"]);
        Assert.Equal(2015L, edge.EdgeProperties["since"]);
        Assert.Equal(2L, nested.TotalCount);
        Assert.True(nested.HasNextPage);
        Assert.Equal(1990L, actor.Properties["foundedYear"]);
        Assert.False(actor.Properties.ContainsKey("size"));
    }

    [Fact]
    public async Task Keyset_pages_walk_the_whole_order_without_gaps_or_repeats()
    {
        var store = await SeededStore();
        var order = new[] { Asc(Actor, "size"), Desc(Actor, "name") };
        var seen = new List<string>();
        string? after = null;
        bool hasNext;
        do
        {
            var page = (await store.ReadAsync(Collection(Query(Actor, order: order, page: new PageRequest(First: 1, After: after))), CancellationToken.None))
                .Get<ConnectionResult>("items")!;
            seen.AddRange(page.Edges.Select(e => e.Node.Id));
            Assert.Equal(after is not null, page.HasPreviousPage);
            after = page.EndCursor;
            hasNext = page.HasNextPage;
        }
        while (hasNext);

        Assert.Equal(["ACT-B", "ACT-A", "ACT-C"], seen); // LARGE first, then the missing sizes by name descending
    }

    [Fact]
    public async Task Search_ranks_by_the_score_rule()
    {
        var store = await SeededStore();
        var result = await store.ReadAsync(new ReadPlan([new SearchRead("s", "ÉLAN", [], 10, new Dictionary<LabelDef, NodeProjection>())]), CancellationToken.None);

        var hits = result.Get<IReadOnlyList<SearchHit>>("s")!;
        Assert.Equal(["ACT-C:4", "ACT-A:3", "ACT-B:1"], hits.Select(h => $"{h.Node.Id}:{h.Score}"));
    }

    [Fact]
    public async Task Within_an_unknown_territory_is_refused()
    {
        var store = await SeededStore();

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.ReadAsync(Collection(Query(Territory, where: Within("REG-99"))), CancellationToken.None));

        Assert.Equal("UNKNOWN_ID", error.Code);
    }

    [Fact]
    public async Task An_unreachable_server_is_database_unavailable()
    {
        await using var store = new Neo4jGraphStore(TestGraph.Schema, Options.Create(new Neo4jStoreOptions { Uri = "bolt://127.0.0.1:1", Password = "x" }));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.ReadAsync(Collection(Query(Actor)), CancellationToken.None));

        Assert.Equal("DATABASE_UNAVAILABLE", error.Code);
    }

    private async Task<Neo4jGraphStore> SeededStore()
    {
        await server.ResetAsync(TestGraph.Schema, Graph.Build());
        return new Neo4jGraphStore(TestGraph.Schema, server.Runner);
    }
}
