using static KnowledgeGraph.Api.Tests.GraphQL.PlannerTestKit;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class PlannerPagingOrderTests
{
    [Theory]
    [InlineData("", "first=50 after=- last=- before=-")]
    [InlineData("(first: 10)", "first=10 after=- last=- before=-")]
    [InlineData("(first: 0)", "first=0 after=- last=- before=-")]
    [InlineData("(first: 1000, after: \"c1\")", "first=1000 after=c1 last=- before=-")]
    [InlineData("(last: 5, before: \"c9\")", "first=- after=- last=5 before=c9")]
    [InlineData("(after: \"c1\")", "first=50 after=c1 last=- before=-")]
    public void Paging_arguments_become_a_page_request(string arguments, string expected)
    {
        Assert.Equal(expected, PlanText.Page(Collection($"{{ actors{arguments} {{ nodes {{ id }} }} }}").Page));
    }

    [Theory]
    [InlineData("totalCount")]
    [InlineData("aggregate { count }")]
    [InlineData("totalCount aggregate { count kind { value count } }")]
    public void Count_and_aggregate_alone_ask_the_store_for_no_node(string selection)
    {
        Assert.Equal("first=0 after=- last=- before=-", PlanText.Page(Collection($"{{ actors(first: 10) {{ {selection} }} }}").Page));
        Assert.True(Collection($"{{ actors {{ {selection} }} }}").WantsNoNodes);
    }

    [Theory]
    [InlineData("nodes { id }")]
    [InlineData("edges { cursor }")]
    [InlineData("pageInfo { hasNextPage }")]
    public void Any_node_or_page_selection_keeps_the_page(string selection)
    {
        Assert.Equal("first=10 after=- last=- before=-", PlanText.Page(Collection($"{{ actors(first: 10) {{ totalCount {selection} }} }}").Page));
    }

    [Theory]
    [InlineData("(first: 1, last: 1)")]
    [InlineData("(first: -1)")]
    [InlineData("(last: -3)")]
    [InlineData("(first: 1001)")]
    public void Bad_page_sizes_are_refused(string arguments)
    {
        Assert.Equal("INVALID_PAGINATION", PlanError($"{{ actors{arguments} {{ totalCount }} }}").Code);
    }

    [Fact]
    public void Bad_page_sizes_in_nested_connections_and_search_are_refused()
    {
        Assert.Equal("INVALID_PAGINATION", PlanError("{ actors { nodes { alliances(first: 5000) { totalCount } } } }").Code);
        Assert.Equal("INVALID_PAGINATION", PlanError("{ search(text: \"a\", first: -1) { score } }").Code);
        Assert.Equal("INVALID_PAGINATION", PlanError("query($n: Int) { actors(first: 2, last: $n) { totalCount } }", """{ "n": 2 }""").Code);
    }

    [Theory]
    [InlineData("[{ name: ASC }]", "name ASC")]
    [InlineData("[{ foundedYear: DESC }, { name: ASC }]", "foundedYear DESC, name ASC")]
    [InlineData("[{ name: ASC, foundedYear: DESC }]", "name ASC, foundedYear DESC")]
    [InlineData("[{ foundedYear: DESC, name: ASC }]", "foundedYear DESC, name ASC")]
    [InlineData("{ kind: DESC }", "kind DESC")]
    [InlineData("[{ name: ASC }, { name: DESC }]", "name ASC")]
    [InlineData("[]", "")]
    public void Order_keys_follow_the_order_written(string order, string expected)
    {
        Assert.Equal(expected, PlanText.Order(Collection($"{{ actors(order: {order}) {{ totalCount }} }}").Order));
    }

    [Fact]
    public void Order_reads_variables()
    {
        var query = Collection(
            "query($order: [ActorSortInput!]) { actors(order: $order) { totalCount } }",
            """{ "order": [{ "foundedYear": "DESC" }, { "id": "ASC" }] }""");
        Assert.Equal("foundedYear DESC, id ASC", PlanText.Order(query.Order));
    }
}
