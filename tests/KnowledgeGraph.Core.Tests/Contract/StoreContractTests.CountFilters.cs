using KnowledgeGraph.Core.Plan;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

/// <summary>Count filters over <see cref="AllianceGraph"/>: ALL-1 has 3 participants, ALL-2 2 (both funders), ALL-3 1.</summary>
public abstract partial class StoreContractTests
{
    [Theory]
    [InlineData(Gte, 2, "ALL-1,ALL-2")]
    [InlineData(Gte, 3, "ALL-1")]
    [InlineData(Eq, 1, "ALL-3")]
    [InlineData(Neq, 2, "ALL-1,ALL-3")]
    [InlineData(Lt, 2, "ALL-3")]
    [InlineData(Lte, 2, "ALL-2,ALL-3")]
    [InlineData(Gt, 3, "")]
    public async Task Alliances_by_number_of_participants(ComparisonOperator op, long value, string expected)
    {
        var ids = await MatchingIds(AllianceGraph(), Alliance, Count(Alliance, "participants", null, null, (op, value)));

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Actors_in_more_than_one_alliance_and_actors_in_none()
    {
        Assert.Equal("ACT-CO,ACT-CO2", await MatchingIds(AllianceGraph(), Actor, Count(Actor, "alliances", null, null, (Gt, 1))));
        Assert.Equal("ACT-NONE", await MatchingIds(AllianceGraph(), Actor, Count(Actor, "alliances", null, null, (Eq, 0))));
    }

    [Fact]
    public async Task A_count_is_filtered_by_the_related_nodes_where()
    {
        var societal = Count(Actor, "alliances", SocietalInnovation, null, (Eq, 2));
        var noPatronage = Count(Actor, "alliances", Prop(Alliance, "category", Eq, "PATRONAGE"), null, (Eq, 0));

        Assert.Equal("ACT-CO2", await MatchingIds(AllianceGraph(), Actor, societal));
        Assert.Equal("ACT-AS,ACT-CO2,ACT-NONE", await MatchingIds(AllianceGraph(), Actor, noPatronage));
    }

    [Fact]
    public async Task A_count_is_filtered_by_the_relationships_own_properties()
    {
        var participants = Field(Alliance, "participants");
        var twoFunders = Count(Alliance, "participants", null, EdgeProp(participants, "role", Eq, "FUNDER"), (Eq, 2));
        var joinedSince2019 = Count(Alliance, "participants", null, EdgeProp(participants, "since", Gte, 2019L), (Gte, 1));
        var companyInitiators = Count(Alliance, "participants", Prop(Actor, "kind", Eq, "COMPANY"),
            EdgeProp(participants, "role", Eq, "INITIATOR"), (Eq, 1));

        Assert.Equal("ALL-2", await MatchingIds(AllianceGraph(), Alliance, twoFunders));
        Assert.Equal("ALL-1,ALL-2", await MatchingIds(AllianceGraph(), Alliance, joinedSince2019));
        Assert.Equal("ALL-1,ALL-3", await MatchingIds(AllianceGraph(), Alliance, companyInitiators));
    }

    [Fact]
    public async Task Several_comparisons_of_one_count_all_hold() =>
        Assert.Equal("ALL-2,ALL-3", await MatchingIds(AllianceGraph(), Alliance, Count(Alliance, "participants", null, null, (Gte, 1), (Lt, 3))));

    [Fact]
    public async Task Count_filters_nest_in_quantifiers_and_negations()
    {
        var inABigAlliance = Rel(Actor, "alliances", Quantifier.Some, Count(Alliance, "participants", null, null, (Gte, 3)));
        var notInTwo = Not(Count(Actor, "alliances", null, null, (Eq, 2)));

        Assert.Equal("ACT-AS,ACT-CO,ACT-CO2", await MatchingIds(AllianceGraph(), Actor, inABigAlliance));
        Assert.Equal("ACT-AS,ACT-FO,ACT-NONE", await MatchingIds(AllianceGraph(), Actor, notInTwo));
    }

    [Fact]
    public async Task A_count_filter_with_a_text_operator_is_refused() =>
        await AssertRefused(AllianceGraph(), Query(Alliance, where: Count(Alliance, "participants", null, null, (Contains, 1))), "INVALID_FILTER");
}
