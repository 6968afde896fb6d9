using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

public abstract partial class StoreContractTests
{
    /// <summary>Seven actors whose name order differs from their id order, with two equal names and one missing year.</summary>
    private static TestGraph PagingGraph() => new TestGraph()
        .Actor("ACT-A", "Gamma", "COMPANY", ("foundedYear", 2001))
        .Actor("ACT-B", "alpha", "COMPANY", ("foundedYear", 2003))
        .Actor("ACT-C", "Élan", "COMPANY")
        .Actor("ACT-D", "Beta", "COMPANY", ("foundedYear", 2001))
        .Actor("ACT-E", "Delta", "COMPANY", ("foundedYear", 1999))
        .Actor("ACT-F", "beta", "COMPANY", ("foundedYear", 2010))
        .Actor("ACT-G", "Zeta", "COMPANY", ("foundedYear", 2003));

    private static readonly OrderKey[] ByName = [Asc(Actor, "name")];

    public static TheoryData<OrderKey[], string> PagingOrders => new()
    {
        { [], "ACT-A,ACT-B,ACT-C,ACT-D,ACT-E,ACT-F,ACT-G" },
        { ByName, "ACT-B,ACT-D,ACT-F,ACT-E,ACT-C,ACT-A,ACT-G" },
        { [Desc(Actor, "foundedYear")], "ACT-C,ACT-F,ACT-B,ACT-G,ACT-A,ACT-D,ACT-E" },
    };

    [Fact]
    public async Task First_page_reports_a_next_page_only()
    {
        var page = await ReadConnection(PagingGraph(), Query(Actor, order: ByName, page: new PageRequest(First: 2)));

        Assert.Equal("ACT-B,ACT-D", Ids(page));
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(page.Edges[0].Cursor, page.StartCursor);
        Assert.Equal(page.Edges[1].Cursor, page.EndCursor);
    }

    [Fact]
    public async Task Last_without_cursor_is_the_end_of_the_order()
    {
        var page = await ReadConnection(PagingGraph(), Query(Actor, order: ByName, page: new PageRequest(Last: 3)));

        Assert.Equal("ACT-C,ACT-A,ACT-G", Ids(page));
        Assert.True(page.HasPreviousPage);
        Assert.False(page.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(PagingOrders))]
    public async Task Walking_forward_with_after_visits_every_node_once_in_order(OrderKey[] order, string expected)
    {
        var store = Store(PagingGraph());
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await ReadConnection(store, Query(Actor, order: order, page: new PageRequest(First: 2, After: after)));
            seen.AddRange(page.Edges.Select(e => e.Node.Id));
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        Assert.Equal(expected, string.Join(",", seen));
    }

    [Theory]
    [MemberData(nameof(PagingOrders))]
    public async Task Walking_backward_with_before_visits_every_node_once_in_order(OrderKey[] order, string expected)
    {
        var store = Store(PagingGraph());
        var seen = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await ReadConnection(store, Query(Actor, order: order, page: new PageRequest(Last: 3, Before: before)));
            seen.InsertRange(0, page.Edges.Select(e => e.Node.Id));
            Assert.Equal(before is not null, page.HasNextPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.StartCursor;
        }

        Assert.Equal(expected, string.Join(",", seen));
    }

    [Fact]
    public async Task A_cursor_stays_valid_after_its_node_is_removed()
    {
        var graph = PagingGraph();
        var first = await ReadConnection(graph, Query(Actor, order: ByName, page: new PageRequest(First: 3)));
        Assert.Equal("ACT-B,ACT-D,ACT-F", Ids(first));

        var changed = graph.Without("ACT-F");
        var next = await ReadConnection(changed, Query(Actor, order: ByName, page: new PageRequest(First: 2, After: first.EndCursor)));
        var previous = await ReadConnection(changed, Query(Actor, order: ByName, page: new PageRequest(Last: 5, Before: first.EndCursor)));

        Assert.Equal("ACT-E,ACT-C", Ids(next));
        Assert.True(next.HasPreviousPage);
        Assert.Equal("ACT-B,ACT-D", Ids(previous));
        Assert.True(previous.HasNextPage);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page()
    {
        var store = Store(PagingGraph());
        var all = await ReadConnection(store, Query(Actor, order: ByName, page: new PageRequest(First: 7)));

        var between = await ReadConnection(store, Query(Actor, order: ByName,
            page: new PageRequest(First: 10, After: all.Edges[1].Cursor, Before: all.Edges[5].Cursor)));

        Assert.Equal("ACT-F,ACT-E,ACT-C", Ids(between));
        Assert.True(between.HasPreviousPage);
        Assert.True(between.HasNextPage);
    }

    [Fact]
    public async Task A_first_of_zero_returns_no_node_but_reports_the_rest()
    {
        var page = await ReadConnection(PagingGraph(), Query(Actor, page: new PageRequest(First: 0), totalCount: true));

        Assert.Empty(page.Edges);
        Assert.True(page.HasNextPage);
        Assert.Null(page.StartCursor);
        Assert.Equal(7, page.TotalCount);
    }

    [Fact]
    public async Task Without_first_or_last_the_default_page_size_applies()
    {
        var graph = new TestGraph();
        for (var i = 0; i < PageRequest.DefaultPageSize + 5; i++)
        {
            graph.Actor($"ACT-{i:D3}", $"Actor {i}", "COMPANY");
        }

        var page = await ReadConnection(graph, Query(Actor, totalCount: true));

        Assert.Equal(PageRequest.DefaultPageSize, page.Edges.Count);
        Assert.True(page.HasNextPage);
        Assert.Equal(PageRequest.DefaultPageSize + 5, page.TotalCount);
    }

    [Fact]
    public async Task Total_count_counts_every_match_ignoring_paging_and_only_when_asked()
    {
        var graph = PagingGraph();
        var where = Prop(Actor, "foundedYear", ComparisonOperator.Gte, 2001L);

        var counted = await ReadConnection(graph, Query(Actor, where: where, page: new PageRequest(First: 1), totalCount: true));
        var uncounted = await ReadConnection(graph, Query(Actor, where: where, page: new PageRequest(First: 1)));
        var afterFirst = await ReadConnection(graph, Query(Actor, where: where, page: new PageRequest(First: 1, After: counted.EndCursor), totalCount: true));

        Assert.Equal(5, counted.TotalCount);
        Assert.Null(uncounted.TotalCount);
        Assert.Equal(5, afterFirst.TotalCount);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(PageRequest.MaxPageSize + 1, null)]
    [InlineData(null, -1)]
    [InlineData(null, PageRequest.MaxPageSize + 1)]
    [InlineData(2, 2)]
    public async Task Page_sizes_out_of_range_or_both_first_and_last_are_refused(int? first, int? last) =>
        await AssertRefused(PagingGraph(), Query(Actor, page: new PageRequest(First: first, Last: last)), "INVALID_PAGINATION");

    [Fact]
    public async Task The_largest_page_size_is_accepted()
    {
        var page = await ReadConnection(PagingGraph(), Query(Actor, page: new PageRequest(First: PageRequest.MaxPageSize)));

        Assert.Equal(7, page.Edges.Count);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("WzEsMiwzXQ")] // base64url of [1,2,3]
    [InlineData("")]
    public async Task Malformed_cursors_are_refused(string cursor)
    {
        await AssertRefused(PagingGraph(), Query(Actor, order: ByName, page: new PageRequest(First: 2, After: cursor)), "INVALID_CURSOR");
        await AssertRefused(PagingGraph(), Query(Actor, order: ByName, page: new PageRequest(Last: 2, Before: cursor)), "INVALID_CURSOR");
    }

    [Fact]
    public async Task A_cursor_made_for_another_order_is_refused()
    {
        var graph = PagingGraph();
        var byName = await ReadConnection(graph, Query(Actor, order: ByName, page: new PageRequest(First: 2)));

        await AssertRefused(graph, Query(Actor, order: [Desc(Actor, "name")], page: new PageRequest(First: 2, After: byName.EndCursor)), "INVALID_CURSOR");
        await AssertRefused(graph, Query(Actor, page: new PageRequest(First: 2, After: byName.EndCursor)), "INVALID_CURSOR");
    }
}
