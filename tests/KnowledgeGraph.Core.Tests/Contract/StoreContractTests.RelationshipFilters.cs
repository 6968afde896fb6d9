using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Plan.Quantifier;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

public abstract partial class StoreContractTests
{
    /// <summary>
    /// ALL-1 societal innovation in Montpellier (CO initiator 2018, AS partner 2019, CO2 partner); ALL-2 patronage in
    /// Paris (CO funder 2020, FO funder); ALL-3 societal innovation in Occitanie (CO2 initiator); ACT-NONE in none.
    /// </summary>
    private static TestGraph AllianceGraph() => TestGraph.France()
        .Actor("ACT-CO", "Société Générale", "COMPANY", ("size", "LARGE"))
        .Actor("ACT-CO2", "Coopérative Sud", "COMPANY", ("size", "MICRO"))
        .Actor("ACT-AS", "Île Solidaire", "ASSOCIATION")
        .Actor("ACT-FO", "Œuvre Fondation", "FOUNDATION")
        .Actor("ACT-NONE", "Seul", "COMPANY")
        .Alliance("ALL-1", "Jardins partagés", "SOCIETAL_INNOVATION").Located("ALL-1", "COM-34172")
        .Alliance("ALL-2", "Mécénat culturel", "PATRONAGE").Located("ALL-2", "DEP-75")
        .Alliance("ALL-3", "Atelier solo", "SOCIETAL_INNOVATION").Located("ALL-3", "REG-76")
        .Participates("ACT-CO", "ALL-1", "INITIATOR", 2018)
        .Participates("ACT-AS", "ALL-1", "PARTNER", 2019)
        .Participates("ACT-CO2", "ALL-1", "PARTNER")
        .Participates("ACT-CO", "ALL-2", "FUNDER", 2020)
        .Participates("ACT-FO", "ALL-2", "FUNDER")
        .Participates("ACT-CO2", "ALL-3", "INITIATOR");

    private static readonly PropertyFilter SocietalInnovation = Prop(Alliance, "category", Eq, "SOCIETAL_INNOVATION");

    [Theory]
    [InlineData(Some, "ACT-AS,ACT-CO,ACT-CO2")]
    [InlineData(Quantifier.All, "ACT-AS,ACT-CO2,ACT-NONE")]
    [InlineData(None, "ACT-FO,ACT-NONE")]
    [InlineData(Quantifier.Single, "ACT-AS,ACT-CO")]
    public async Task Quantifiers_over_a_node_filter(Quantifier quantifier, string expected)
    {
        var ids = await MatchingIds(AllianceGraph(), Actor, Rel(Actor, "alliances", quantifier, SocietalInnovation));

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData(Some, "ACT-AS,ACT-CO,ACT-CO2,ACT-FO")]
    [InlineData(Quantifier.All, "ACT-AS,ACT-CO,ACT-CO2,ACT-FO,ACT-NONE")]
    [InlineData(None, "ACT-NONE")]
    [InlineData(Quantifier.Single, "ACT-AS,ACT-FO")]
    public async Task Quantifiers_without_a_filter_count_relationships(Quantifier quantifier, string expected)
    {
        var ids = await MatchingIds(AllianceGraph(), Actor, Rel(Actor, "alliances", quantifier));

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Single_counts_matching_related_nodes_from_the_other_end()
    {
        var ids = await MatchingIds(AllianceGraph(), Alliance, Rel(Alliance, "participants", Quantifier.Single, Prop(Actor, "kind", Eq, "COMPANY")));

        Assert.Equal("ALL-2,ALL-3", ids);
    }

    [Theory]
    [InlineData(Some, "role", Eq, "FUNDER", "ACT-CO,ACT-FO")]
    [InlineData(Some, "since", Gte, 2019L, "ACT-AS,ACT-CO")]
    [InlineData(Some, "since", Eq, null, "ACT-CO2,ACT-FO")]
    [InlineData(Quantifier.All, "role", In, new object[] { "INITIATOR", "PARTNER" }, "ACT-AS,ACT-CO2,ACT-NONE")]
    [InlineData(None, "role", Eq, "INITIATOR", "ACT-AS,ACT-FO,ACT-NONE")]
    [InlineData(Quantifier.Single, "role", Neq, "FUNDER", "ACT-AS,ACT-CO")]
    public async Task Edge_property_filters(Quantifier quantifier, string property, ComparisonOperator op, object? value, string expected)
    {
        var participation = Field(Actor, "alliances");

        var ids = await MatchingIds(AllianceGraph(), Actor, Rel(Actor, "alliances", quantifier, edge: EdgeProp(participation, property, op, value)));

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Node_and_edge_filters_apply_to_the_same_relationship()
    {
        var participation = Field(Actor, "alliances");
        var initiator = EdgeProp(participation, "role", Eq, "INITIATOR");

        Assert.Equal("ACT-CO,ACT-CO2", await MatchingIds(AllianceGraph(), Actor, Rel(Actor, "alliances", Some, SocietalInnovation, initiator)));
        Assert.Equal("", await MatchingIds(AllianceGraph(), Actor, Rel(Actor, "alliances", Some, Prop(Alliance, "category", Eq, "PATRONAGE"), initiator)));
        Assert.Equal("ACT-CO", await MatchingIds(AllianceGraph(), Actor,
            Rel(Actor, "alliances", Some, edge: And(initiator, Not(EdgeProp(participation, "since", Eq, null))))));
    }

    [Fact]
    public async Task The_flagship_question_nests_quantifiers_and_within()
    {
        var flagship = And(
            Prop(Actor, "kind", Eq, "COMPANY"),
            Rel(Actor, "alliances", Some, And(
                SocietalInnovation,
                Rel(Alliance, "territories", Some, Within("REG-76")),
                Rel(Alliance, "participants", Some, Prop(Actor, "kind", Eq, "ASSOCIATION")))));

        Assert.Equal("ACT-CO,ACT-CO2", await MatchingIds(AllianceGraph(), Actor, flagship));
        Assert.Equal("", await MatchingIds(AllianceGraph().Without("ACT-AS"), Actor, flagship));
    }

    [Theory]
    [InlineData("FR", "COM-34172,DEP-34,DEP-75,FR,REG-11,REG-76")]
    [InlineData("REG-76", "COM-34172,DEP-34,REG-76")]
    [InlineData("DEP-34", "COM-34172,DEP-34")]
    [InlineData("COM-34172", "COM-34172")]
    [InlineData("DEP-34,REG-11", "COM-34172,DEP-34,DEP-75,REG-11")]
    public async Task Within_holds_for_the_territory_and_everything_inside_it(string within, string expected)
    {
        var ids = await MatchingIds(TestGraph.France(), Territory, Within(within.Split(',')));

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("FR", "ALL-1,ALL-2,ALL-3")]
    [InlineData("REG-76", "ALL-1,ALL-3")]
    [InlineData("DEP-34", "ALL-1")]
    [InlineData("COM-34172", "ALL-1")]
    [InlineData("REG-11", "ALL-2")]
    public async Task Within_through_a_relationship_at_every_level(string within, string expected)
    {
        var ids = await MatchingIds(AllianceGraph(), Alliance, Rel(Alliance, "territories", Some, Within(within)));

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Not_within_keeps_the_territories_outside()
    {
        Assert.Equal("DEP-75,FR,REG-11", await MatchingIds(TestGraph.France(), Territory, Not(Within("REG-76"))));
    }

    [Theory]
    [InlineData("REG-99")]
    [InlineData("ACT-CO")]
    public async Task Within_an_id_that_is_no_territory_is_refused(string id)
    {
        var query = Query(Alliance, where: Rel(Alliance, "territories", Some, Within("REG-76", id)));

        var error = await AssertRefused(AllianceGraph(), query, "UNKNOWN_ID");

        Assert.Contains(id, error.Message, StringComparison.Ordinal);
    }
}
