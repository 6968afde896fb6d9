using System.Buffers.Text;
using System.Text;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.SortDirection;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

/// <summary>Sorting by a related node's property (min ascending, max descending) and by a relationship count.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>ALL-A in Paris and Hérault, ALL-B in Montpellier, ALL-C nowhere; participants 2, 1, 0.</summary>
    private static TestGraph LocatedGraph() => TestGraph.France()
        .Actor("ACT-1", "Un", "COMPANY").Actor("ACT-2", "Deux", "ASSOCIATION")
        .Alliance("ALL-A", "A", "PATRONAGE").Located("ALL-A", "DEP-75", "DEP-34")
        .Alliance("ALL-B", "B", "PATRONAGE").Located("ALL-B", "COM-34172")
        .Alliance("ALL-C", "C", "PATRONAGE")
        .Participates("ACT-1", "ALL-A", "FUNDER").Participates("ACT-2", "ALL-A", "PARTNER")
        .Participates("ACT-1", "ALL-B", "PARTNER");

    private async Task<string> Ordered(TestGraph graph, LabelDef label, params OrderKey[] order) =>
        Ids(await ReadConnection(graph, Query(label, order: order)));

    [Fact]
    public async Task Alliances_by_their_territorys_name() =>
        Assert.Equal("ALL-1,ALL-3,ALL-2", await Ordered(AllianceGraph(), Alliance, ByRelated(Alliance, "territories", "name")));

    [Fact]
    public async Task Several_related_nodes_sort_by_the_smallest_ascending_and_the_largest_descending()
    {
        // ALL-A: min "herault" < "montpellier"; max "paris" > "montpellier"; ALL-C has no territory (missing).
        Assert.Equal("ALL-A,ALL-B,ALL-C", await Ordered(LocatedGraph(), Alliance, ByRelated(Alliance, "territories", "name")));
        Assert.Equal("ALL-C,ALL-A,ALL-B", await Ordered(LocatedGraph(), Alliance, ByRelated(Alliance, "territories", "name", Descending)));
    }

    [Fact]
    public async Task Actors_by_number_of_alliances()
    {
        Assert.Equal("ACT-CO,ACT-CO2,ACT-AS,ACT-FO,ACT-NONE", await Ordered(AllianceGraph(), Actor, ByCount(Actor, "alliances", Descending)));
        Assert.Equal("ACT-NONE,ACT-AS,ACT-FO,ACT-CO,ACT-CO2", await Ordered(AllianceGraph(), Actor, ByCount(Actor, "alliances")));
    }

    [Fact]
    public async Task Relationship_keys_combine_with_property_keys()
    {
        var order = new[] { ByCount(Actor, "alliances", Descending), Asc(Actor, "name") };

        Assert.Equal("ACT-CO2,ACT-CO,ACT-AS,ACT-FO,ACT-NONE", await Ordered(AllianceGraph(), Actor, order));
    }

    [Fact]
    public async Task Keyset_pages_walk_a_count_order_and_the_cursor_names_it()
    {
        var store = Store(AllianceGraph());
        var order = new[] { ByCount(Actor, "alliances", Descending) };
        var first = await ReadConnection(store, Query(Actor, order: order, page: new PageRequest(First: 2)));
        var second = await ReadConnection(store, Query(Actor, order: order, page: new PageRequest(First: 2, After: first.EndCursor)));
        var back = await ReadConnection(store, Query(Actor, order: order, page: new PageRequest(Last: 2, Before: second.EndCursor)));

        Assert.Equal("ACT-CO,ACT-CO2", Ids(first));
        Assert.Equal("ACT-AS,ACT-FO", Ids(second));
        Assert.True(second.HasNextPage);
        Assert.Equal("ACT-CO2,ACT-AS", Ids(back));
        Assert.Equal("[\"Actor;#alliances:D\",2,\"ACT-CO2\"]", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(first.EndCursor!)));
    }

    [Fact]
    public async Task A_cursor_of_a_related_order_survives_a_deleted_node()
    {
        var order = new[] { ByRelated(Alliance, "territories", "name") };
        var first = await ReadConnection(AllianceGraph(), Query(Alliance, order: order, page: new PageRequest(First: 1)));
        var next = await ReadConnection(AllianceGraph().Without("ALL-1"), Query(Alliance, order: order, page: new PageRequest(After: first.EndCursor)));

        Assert.Equal("ALL-1", Ids(first));
        Assert.Equal("ALL-3,ALL-2", Ids(next));
    }

    [Fact]
    public async Task A_nested_connection_sorts_by_a_relationship_count()
    {
        var byParticipants = Query(Alliance, order: [ByCount(Alliance, "participants", Descending)]);
        var actor = await ReadConnection(AllianceGraph(),
            Query(Actor, where: Prop(Actor, "id", ComparisonOperator.Eq, "ACT-CO"), projection: AllProperties(Actor, Select(Actor, "alliances", byParticipants))));

        Assert.Equal("ALL-1,ALL-2", Ids(actor.Edges[0].Node.Relationships["alliances"]));
    }

    [Fact]
    public async Task Sorting_through_a_relationship_by_a_boolean_is_refused() =>
        await AssertRefused(AllianceGraph(), Query(Alliance, order: [ByRelated(Alliance, "participants", "employer")]), "INVALID_ORDER");
}
