using static KnowledgeGraph.Api.Tests.GraphQL.PlannerTestKit;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class PlannerFilterTests
{
    [Theory]
    [InlineData("{ kind: { eq: COMPANY } }", "kind eq COMPANY")]
    [InlineData("{ name: { contains: \"Île\", startsWith: \"a\" } }", "and(name contains Île, name startswith a)")]
    [InlineData("{ foundedYear: { gte: 2000, lt: 2010 } }", "and(foundedYear gte 2000:Int64, foundedYear lt 2010:Int64)")]
    [InlineData("{ kind: { in: [COMPANY, FOUNDATION] } }", "kind in [COMPANY FOUNDATION]")]
    [InlineData("{ size: { eq: null } }", "size eq null")]
    [InlineData("{ size: { neq: null } }", "size neq null")]
    [InlineData("{ employer: { eq: true } }", "employer eq true")]
    [InlineData("{ id: { in: [\"ACT-A\", \"ACT-B\"] } }", "id in [ACT-A ACT-B]")]
    [InlineData("{ kind: { eq: COMPANY }, size: { eq: LARGE } }", "and(kind eq COMPANY, size eq LARGE)")]
    [InlineData("{ or: [{ kind: { eq: COMPANY } }, { kind: { eq: FOUNDATION } }] }", "or(kind eq COMPANY, kind eq FOUNDATION)")]
    [InlineData("{ and: [{ kind: { eq: COMPANY } }, { name: { endsWith: \"SA\" } }] }", "and(kind eq COMPANY, name endswith SA)")]
    [InlineData("{ not: { kind: { eq: COMPANY } } }", "not(kind eq COMPANY)")]
    [InlineData("{ alliances: { some: { category: { eq: PATRONAGE } } } }", "alliances some(category eq PATRONAGE)")]
    [InlineData("{ alliances: { all: { startYear: { gt: 2015 } }, none: {} } }", "and(alliances all(startYear gt 2015:Int64), alliances none(-))")]
    [InlineData("{ territories: { single: { within: \"REG-76\" } } }", "territories single(within(REG-76))")]
    [InlineData("{}", "-")]
    [InlineData("{ kind: null }", "-")]
    public void Actor_filters_become_filter_trees(string where, string expected)
    {
        var query = Collection($"{{ actors(where: {where}) {{ totalCount }} }}");
        Assert.Equal(expected, PlanText.Filter(query.Where));
    }

    [Theory]
    [InlineData("{ objectives: { includes: HYBRIDISE_ECONOMIC_MODEL } }", "objectives includes HYBRIDISE_ECONOMIC_MODEL")]
    [InlineData("{ impacts: { includesAll: [TRUST, INNOVATION] } }", "impacts includesall [TRUST INNOVATION]")]
    [InlineData("{ participants: { some: { kind: { eq: ASSOCIATION } } } }", "participants some(kind eq ASSOCIATION)")]
    public void Alliance_list_properties_and_incoming_relationships_filter(string where, string expected)
    {
        var query = Collection($"{{ alliances(where: {where}) {{ totalCount }} }}");
        Assert.Equal(expected, PlanText.Filter(query.Where));
    }

    [Theory]
    [InlineData("{ alliancesEdges: { some: { role: { eq: FUNDER } } } }", "alliances some(-) edge(role eq FUNDER)")]
    [InlineData("{ alliancesEdges: { some: { node: { category: { eq: PATRONAGE } }, since: { lt: 2020 }, not: { role: { eq: PARTNER } } } } }",
        "alliances some(category eq PATRONAGE) edge(and(not(role eq PARTNER), since lt 2020:Int64))")]
    [InlineData("{ networksEdges: { none: { or: [{ since: { eq: null } }, { since: { gte: 2010 } }] } } }",
        "networks none(-) edge(or(since eq null, since gte 2010:Int64))")]
    [InlineData("{ alliances: { some: { category: { eq: PATRONAGE } } } }", "alliances some(category eq PATRONAGE)")]
    public void Relationships_with_properties_filter_on_the_edge_too(string where, string expected)
    {
        var query = Collection($"{{ actors(where: {where}) {{ totalCount }} }}");
        Assert.Equal(expected, PlanText.Filter(query.Where));
    }

    [Fact]
    public void Float_filters_read_numbers_as_doubles()
    {
        var query = Collection("{ findings(where: { value: { gt: 50 } }) { totalCount } }");
        Assert.Equal("value gt 50:Double", PlanText.Filter(query.Where));
    }

    [Fact]
    public void Variables_fill_filters_at_any_depth()
    {
        var query = Collection(
            "query($kind: ActorKind, $region: ID, $where: AllianceFilterInput) { actors(where: { kind: { eq: $kind }, " +
            "territories: { some: { within: $region } }, alliances: { some: $where } }) { totalCount } }",
            """{ "kind": "FOUNDATION", "region": "REG-32", "where": { "category": { "eq": "PATRONAGE" } } }""");
        Assert.Equal(
            "and(kind eq FOUNDATION, alliances some(category eq PATRONAGE), territories some(within(REG-32)))",
            PlanText.Filter(query.Where));
    }

    [Fact]
    public void Node_conditions_stay_at_the_top_of_an_edge_filter()
    {
        var error = PlanError("{ actors(where: { alliancesEdges: { some: { or: [{ node: { name: { eq: \"x\" } } }] } } }) { totalCount } }");
        Assert.Equal("INVALID_FILTER", error.Code);
    }

    [Fact]
    public void An_operator_that_needs_a_value_refuses_null()
    {
        var error = PlanError("{ actors(where: { name: { contains: null } }) { totalCount } }");
        Assert.Equal("INVALID_FILTER", error.Code);
    }

    [Fact]
    public void The_flagship_question_plans_its_filters_and_nested_filters()
    {
        var query = Collection(File.ReadAllText(FlagshipPath()));
        // Fields of one filter object are AND-ed in the input type's declaration order (coercion does not keep the written order).
        const string alliance = "and(category eq SOCIETAL_INNOVATION, participants some(kind eq ASSOCIATION), territories some(within(REG-76)))";
        Assert.Equal($"and(kind eq COMPANY, alliances some({alliance}))", PlanText.Filter(query.Where));
        Assert.Equal("name ASC", PlanText.Order(query.Order));
        Assert.True(query.IncludeTotalCount);
        var alliances = Assert.Single(query.Projection.Relationships);
        Assert.Equal(alliance, PlanText.Filter(alliances.Query.Where));
        Assert.Equal(
            "id name size alliances:alliances[role](id name territories:territories(id name level) participants:participants(id name))",
            PlanText.Projection(query.Projection));
        Assert.Equal("kind eq ASSOCIATION", PlanText.Filter(alliances.Query.Projection.Relationships[1].Query.Where));
    }

    private static string FlagshipPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ui", "graphiql", "examples", "flagship.graphql")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new FileNotFoundException("flagship.graphql"), "ui", "graphiql", "examples", "flagship.graphql");
    }
}
