using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

public abstract partial class StoreContractTests
{
    /// <summary>ALL-1 in Montpellier and in the Hérault (twice inside Occitanie), ALL-2 in Paris, ALL-3 in Occitanie itself.</summary>
    private static TestGraph InsideGraph() => TestGraph.France()
        .Alliance("ALL-1", "Alpha", "PATRONAGE").Located("ALL-1", "COM-34172", "DEP-34")
        .Alliance("ALL-2", "Bravo", "PATRONAGE").Located("ALL-2", "DEP-75")
        .Alliance("ALL-3", "Charlie", "SOCIETAL_INNOVATION").Located("ALL-3", "REG-76")
        .Actor("ACT-A", "A", "COMPANY").Based("ACT-A", "COM-34172");

    [Theory]
    [InlineData("FR", "ALL-1,ALL-2,ALL-3", "")]
    [InlineData("REG-76", "ALL-1,ALL-3", "ALL-3")]
    [InlineData("DEP-34", "ALL-1", "ALL-1")]
    [InlineData("COM-34172", "ALL-1", "ALL-1")]
    [InlineData("REG-11", "ALL-2", "")]
    public async Task Inside_reads_the_territory_and_everything_inside_it_each_node_once(string territory, string inside, string direct)
    {
        var alliances = Select(Territory, "alliances", Query(Alliance, totalCount: true));
        var query = Query(Territory, where: Prop(Territory, "id", Eq, territory),
            projection: AllProperties(Territory, alliances with { Inside = true }, Select(Territory, "alliances", Query(Alliance, totalCount: true), key: "direct")));

        var node = (await ReadConnection(InsideGraph(), query)).Edges.Single().Node;

        Assert.Equal(inside, Ids(node.Relationships["alliances"]));
        Assert.Equal(inside.Split(',').Length, node.Relationships["alliances"].TotalCount);
        Assert.Equal(direct, Ids(node.Relationships["direct"]));
    }

    [Fact]
    public async Task Inside_keeps_the_selection_filter_order_page_and_aggregates()
    {
        var alliances = Select(Territory, "alliances", Query(Alliance, where: Prop(Alliance, "category", Eq, "PATRONAGE"),
            order: [Desc(Alliance, "name")], page: new PageRequest(First: 1), totalCount: true)) with { Inside = true };
        var counted = Select(Territory, "actors", Query(Actor, page: new PageRequest(First: 0), totalCount: true) with
        {
            Aggregate = new AggregateRequest([], [Actor.Property("kind")]),
        }, key: "actors") with { Inside = true };
        var query = Query(Territory, where: Prop(Territory, "id", Eq, "FR"), projection: AllProperties(Territory, alliances, counted));

        var node = (await ReadConnection(InsideGraph(), query)).Edges.Single().Node;

        var page = node.Relationships["alliances"];
        Assert.Equal("ALL-2", Ids(page));
        Assert.Equal(2, page.TotalCount);
        Assert.True(page.HasNextPage);
        Assert.Equal(1, node.Relationships["actors"].TotalCount);
        Assert.NotNull(node.Relationships["actors"].Aggregate);
    }

    [Fact]
    public async Task Inside_is_refused_where_no_containment_leads()
    {
        var query = Query(Actor, projection: AllProperties(Actor, Select(Actor, "alliances") with { Inside = true }));

        await AssertRefused(InsideGraph(), query, "INVALID_QUERY");
        await AssertRefused(InsideGraph(), Query(Territory, projection: AllProperties(Territory, Select(Territory, "children") with { Inside = true })), "INVALID_QUERY");
    }
}
