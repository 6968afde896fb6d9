using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

/// <summary>Aggregates on connections and connections that only count.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>Four alliances with start years 2010, 2015, 2018 and none, objectives as lists, findings with float values.</summary>
    private static TestGraph AggregateGraph() => AllianceGraph()
        .Alliance("ALL-4", "Quatre", "PATRONAGE", ("startYear", 2010), ("objectives", new[] { "HYBRIDISE_ECONOMIC_MODEL", "ACCELERATE_SOCIETAL_INNOVATION" }))
        .Alliance("ALL-5", "Cinq", "ECONOMIC_COOPERATION", ("startYear", 2015), ("objectives", new[] { "HYBRIDISE_ECONOMIC_MODEL" }))
        .Alliance("ALL-6", "Six", "PATRONAGE", ("startYear", 2018));

    private static AggregateRequest YearsAndCategories => new([Alliance.Property("startYear")], [Alliance.Property("category"), Alliance.Property("objectives")]);

    [Fact]
    public async Task Aggregates_cover_every_match_not_only_the_page()
    {
        var query = Query(Alliance, page: new PageRequest(First: 1)) with { Aggregate = YearsAndCategories };
        var result = await ReadConnection(AggregateGraph(), query);
        var aggregate = result.Aggregate!;

        Assert.Single(result.Edges);
        Assert.Equal(6, aggregate.Count);
        Assert.Equal(new NumericAggregate(2010L, 2018L, 6043L, 6043 / 3.0), aggregate.Numeric["startYear"]);
        Assert.Equal("PATRONAGE:3,SOCIETAL_INNOVATION:2,ECONOMIC_COOPERATION:1", Counts(aggregate.Distinct["category"]));
        Assert.Equal("HYBRIDISE_ECONOMIC_MODEL:2,ACCELERATE_SOCIETAL_INNOVATION:1", Counts(aggregate.Distinct["objectives"]));
    }

    [Fact]
    public async Task Aggregates_respect_the_connections_where()
    {
        var query = Query(Alliance, where: Prop(Alliance, "category", Eq, "PATRONAGE")) with { Aggregate = YearsAndCategories };
        var aggregate = (await ReadConnection(AggregateGraph(), query)).Aggregate!;

        Assert.Equal(3, aggregate.Count);
        Assert.Equal(new NumericAggregate(2010L, 2018L, 4028L, 2014.0), aggregate.Numeric["startYear"]);
        Assert.Equal("PATRONAGE:3", Counts(aggregate.Distinct["category"]));
    }

    [Fact]
    public async Task Numeric_aggregates_are_null_when_no_node_has_the_value()
    {
        var query = Query(Alliance, where: Prop(Alliance, "id", In, new object?[] { "ALL-1", "ALL-2" })) with { Aggregate = YearsAndCategories };
        var aggregate = (await ReadConnection(AggregateGraph(), query)).Aggregate!;

        Assert.Equal(new NumericAggregate(null, null, null, null), aggregate.Numeric["startYear"]);
        Assert.Equal("", Counts(aggregate.Distinct["objectives"]));
    }

    [Fact]
    public async Task Float_aggregates_agree_to_the_last_bit()
    {
        var graph = new TestGraph()
            .Node(Finding, "FND-1", ("statement", "a"), ("value", 0.1))
            .Node(Finding, "FND-2", ("statement", "b"), ("value", 0.2))
            .Node(Finding, "FND-3", ("statement", "c"), ("value", 0.7))
            .Node(Finding, "FND-4", ("statement", "d"));
        var query = Query(Finding) with { Aggregate = new AggregateRequest([Finding.Property("value")], []) };
        var numeric = (await ReadConnection(graph, query)).Aggregate!.Numeric["value"];

        Assert.Equal(new NumericAggregate(0.1, 0.7, 0.1 + 0.2 + 0.7, (0.1 + 0.2 + 0.7) / 3), numeric);
    }

    [Fact]
    public async Task A_nested_connection_aggregates_its_related_nodes()
    {
        var alliances = Query(Alliance, page: new PageRequest(First: 0)) with
        {
            Aggregate = new AggregateRequest([], [Alliance.Property("category")]),
            IncludeTotalCount = true,
        };
        var actors = await ReadConnection(AggregateGraph(),
            Query(Actor, where: Prop(Actor, "id", Eq, "ACT-CO"), projection: AllProperties(Actor, Select(Actor, "alliances", alliances))));
        var nested = actors.Edges[0].Node.Relationships["alliances"];

        Assert.Empty(nested.Edges);
        Assert.Equal(2, nested.TotalCount);
        Assert.Equal("PATRONAGE:1,SOCIETAL_INNOVATION:1", Counts(nested.Aggregate!.Distinct["category"]));
    }

    [Fact]
    public async Task A_count_only_connection_returns_no_nodes_but_the_count_and_page_flags()
    {
        var query = Query(Alliance, where: Count(Alliance, "participants", null, null, (Gte, 2)), page: new PageRequest(First: 0), totalCount: true)
            with { Aggregate = AggregateRequest.CountOnly };
        var result = await ReadConnection(AggregateGraph(), query);

        Assert.Empty(result.Edges);
        Assert.Equal(2, result.TotalCount);
        Assert.Equal(2, result.Aggregate!.Count);
        Assert.True(result.HasNextPage);
        Assert.False(result.HasPreviousPage);
    }

    [Fact]
    public async Task Aggregating_a_text_property_is_refused() =>
        await AssertRefused(AllianceGraph(), Query(Alliance) with { Aggregate = new AggregateRequest([Alliance.Property("name")], []) }, "INVALID_QUERY");

    private static string Counts(IReadOnlyList<ValueCount> counts) => string.Join(",", counts.Select(c => $"{c.Value}:{c.Count}"));
}
