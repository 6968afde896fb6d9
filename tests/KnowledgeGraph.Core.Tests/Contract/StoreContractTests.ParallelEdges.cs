using System.Buffers.Text;
using System.Text;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

/// <summary>
/// Nested connections over parallel relationships: each parallel edge is a position of its own, after its node's
/// position and ordered by the relationship's identifying values (role, then since, a missing year last).
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>One alliance; ACT-A takes part four times (added in an order unlike the expected one), ACT-B once.</summary>
    private static TestGraph ParallelGraph() => new TestGraph()
        .Actor("ACT-A", "Alpha", "COMPANY")
        .Actor("ACT-B", "Beta", "COMPANY")
        .Alliance("ALL-1", "Une", "PATRONAGE")
        .Participates("ACT-A", "ALL-1", "PARTNER", 2019)
        .Participates("ACT-B", "ALL-1", "PARTNER", 2020)
        .Participates("ACT-A", "ALL-1", "FUNDER")
        .Participates("ACT-A", "ALL-1", "INITIATOR", 2019)
        .Participates("ACT-A", "ALL-1", "FUNDER", 2015);

    private const string ParallelsOfA = "ACT-A FUNDER 2015,ACT-A FUNDER -,ACT-A INITIATOR 2019,ACT-A PARTNER 2019";

    public static TheoryData<OrderKey[], string> ParticipantOrders => new()
    {
        { [], ParallelsOfA + ",ACT-B PARTNER 2020" },
        { [Desc(Actor, "name")], "ACT-B PARTNER 2020," + ParallelsOfA },
    };

    [Theory]
    [MemberData(nameof(ParticipantOrders))]
    public async Task Paging_one_edge_at_a_time_visits_every_parallel_edge_once_both_ways(OrderKey[] order, string expected)
    {
        var store = Store(ParallelGraph());
        var forward = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10 && (pages == 0 || after is not null); pages++)
        {
            var page = await Participants(store, order, new PageRequest(First: 1, After: after));
            forward.AddRange(page.Edges.Select(Describe));
            after = page.HasNextPage ? page.EndCursor : null;
        }

        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 10 && (pages == 0 || before is not null); pages++)
        {
            var page = await Participants(store, order, new PageRequest(Last: 1, Before: before));
            backward.InsertRange(0, page.Edges.Select(Describe));
            before = page.HasPreviousPage ? page.StartCursor : null;
        }

        Assert.Equal(expected, string.Join(",", forward));
        Assert.Equal(expected, string.Join(",", backward));
    }

    [Fact]
    public async Task A_cursor_issued_without_an_edge_key_stands_before_every_edge_to_its_node()
    {
        var store = Store(ParallelGraph());
        var ofA = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""["Actor","ACT-A"]"""));

        var after = await Participants(store, [], new PageRequest(First: 10, After: ofA));
        var before = await Participants(store, [], new PageRequest(Last: 10, Before: ofA));

        Assert.Equal(ParallelsOfA + ",ACT-B PARTNER 2020", string.Join(",", after.Edges.Select(Describe)));
        Assert.False(after.HasPreviousPage);
        Assert.Empty(before.Edges);
        Assert.True(before.HasNextPage);
    }

    [Fact]
    public async Task An_edge_cursor_is_refused_where_edges_have_no_edge_key()
    {
        var store = Store(ParallelGraph());
        var edgeCursor = (await Participants(store, [], new PageRequest(First: 1))).EndCursor;
        var roots = Query(Actor, page: new PageRequest(First: 1, After: edgeCursor));

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.ReadAsync(Collection(roots), CancellationToken.None));

        Assert.Equal("INVALID_CURSOR", error.Code);
    }

    private static async Task<ConnectionResult> Participants(IGraphStore store, OrderKey[] order, PageRequest page)
    {
        var participants = Select(Alliance, "participants", Query(Actor, order: order, page: page), edgeProperties: ["role", "since"]);
        var query = Query(Alliance, where: Prop(Alliance, "id", Eq, "ALL-1"), projection: AllProperties(Alliance, participants));
        return (await ReadConnection(store, query)).Edges.Single().Node.Relationships["participants"];
    }

    private static string Describe(EdgeResult edge) =>
        $"{edge.Node.Id} {edge.EdgeProperties["role"]} {edge.EdgeProperties.GetValueOrDefault("since") ?? "-"}";
}
