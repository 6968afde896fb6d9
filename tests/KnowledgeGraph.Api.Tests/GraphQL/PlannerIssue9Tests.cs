using KnowledgeGraph.Core.Plan;
using static KnowledgeGraph.Api.Tests.GraphQL.PlannerTestKit;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Count filters, sorting through relationships and aggregate selections become the right plan pieces.</summary>
public sealed class PlannerIssue9Tests
{
    [Theory]
    [InlineData("{ participantsCount: { gte: 3 } }", "participants count(gte 3)(-)")]
    [InlineData("{ participantsCount: { gt: 1, lte: 5 } }", "participants count(gt 1 lte 5)(-)")]
    [InlineData("{ participantsCount: { gte: 1, where: { kind: { eq: FOUNDATION } } } }", "participants count(gte 1)(kind eq FOUNDATION)")]
    [InlineData("{ participantsCount: { eq: 2, edgeWhere: { role: { eq: FUNDER } } } }", "participants count(eq 2)(-) edge(role eq FUNDER)")]
    [InlineData("{ participantsCount: { eq: 1, edgeWhere: { role: { eq: FUNDER }, node: { kind: { eq: COMPANY } } } } }",
        "participants count(eq 1)(kind eq COMPANY) edge(role eq FUNDER)")]
    [InlineData("{ territoriesCount: { eq: 0 } }", "territories count(eq 0)(-)")]
    public void Count_filters_read_comparisons_where_and_edge_where(string where, string expected)
    {
        Assert.Equal(expected, PlanText.Filter(Collection($"{{ alliances(where: {where}) {{ totalCount }} }}").Where));
    }

    [Fact]
    public void A_count_filter_without_comparison_is_refused()
    {
        Assert.Equal("INVALID_FILTER", PlanError("{ alliances(where: { participantsCount: { where: { name: { eq: \"x\" } } } }) { totalCount } }").Code);
    }

    [Theory]
    [InlineData("[{ territories: { name: ASC } }]", "territories.name ASC")]
    [InlineData("[{ participantsCount: DESC }, { name: ASC }]", "#participants DESC, name ASC")]
    [InlineData("{ participantsCount: DESC, territories: { level: DESC, name: ASC } }", "#participants DESC, territories.level DESC, territories.name ASC")]
    [InlineData("[{ name: ASC }, { name: DESC }]", "name ASC")]
    public void Orders_read_related_properties_and_counts_in_the_order_written(string order, string expected)
    {
        Assert.Equal(expected, PlanText.Order(Collection($"{{ alliances(order: {order}) {{ nodes {{ id }} }} }}").Order));
    }

    [Fact]
    public void Related_keys_carry_the_relationship_field()
    {
        var key = Assert.Single(Collection("{ alliances(order: [{ territories: { name: DESC } }]) { nodes { id } } }").Order);
        Assert.Equal(OrderKeyKind.Related, key.Kind);
        Assert.Equal("territories", key.Through!.Name);
        Assert.Equal(SortDirection.Descending, key.Direction);
    }

    [Fact]
    public void Aggregate_selections_become_one_request_per_connection()
    {
        var query = Collection("""
            { alliances { aggregate { count startYear { min max } category { value count } }
                          again: aggregate { startYear { avg } objectives { value } } nodes { id } } }
            """);
        Assert.Equal(["startYear"], query.Aggregate!.Numeric.Select(p => p.Name));
        Assert.Equal(["category", "objectives"], query.Aggregate.Distinct.Select(p => p.Name));
        Assert.False(query.WantsNoNodes);
    }

    [Fact]
    public void Nested_connections_aggregate_too()
    {
        var query = Collection("{ actors { nodes { alliances { aggregate { count category { value count } } } } } }");
        var nested = Assert.Single(query.Projection.Relationships).Query;
        Assert.Equal(["category"], nested.Aggregate!.Distinct.Select(p => p.Name));
        Assert.True(nested.WantsNoNodes);
    }

    [Fact]
    public void No_aggregate_selected_asks_for_none() =>
        Assert.Null(Collection("{ alliances { totalCount } }").Aggregate);
}
