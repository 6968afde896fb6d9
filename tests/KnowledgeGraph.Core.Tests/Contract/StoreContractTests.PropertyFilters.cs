using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

public abstract partial class StoreContractTests
{
    /// <summary>Actors with every value kind, accents, ligatures and missing values; findings (floats); alliances (lists).</summary>
    private static TestGraph OperatorGraph() => new TestGraph()
        .Actor("ACT-A", "Île Verte", "ASSOCIATION", ("employer", true), ("foundedYear", 1990), ("website", "https://ile-verte.example"), ("economicModel", "GENERAL_INTEREST"))
        .Actor("ACT-B", "Société Générale", "COMPANY", ("size", "LARGE"), ("foundedYear", 1864))
        .Actor("ACT-C", "Œuvre Commune", "ASSOCIATION", ("employer", false), ("foundedYear", 2005), ("economicModel", "SOCIAL_UTILITY"))
        .Actor("ACT-D", "ile  verte", "FOUNDATION")
        .Node(Finding, "FND-A", ("statement", "A"), ("value", 74.0))
        .Node(Finding, "FND-B", ("statement", "B"), ("value", 81.5))
        .Node(Finding, "FND-C", ("statement", "C"))
        .Alliance("ALL-A", "A", "PATRONAGE", ("objectives", new[] { "BALANCE_PERFORMANCE_ENGAGEMENT", "HYBRIDISE_ECONOMIC_MODEL" }))
        .Alliance("ALL-B", "B", "PATRONAGE", ("objectives", new[] { "HYBRIDISE_ECONOMIC_MODEL" }))
        .Alliance("ALL-C", "C", "PATRONAGE")
        .Alliance("ALL-D", "D", "PATRONAGE", ("objectives", new[] { "CO_BUILD_TERRITORIAL_SOLUTIONS" }));

    [Theory]
    // text: case, accent, ligature and white-space insensitive
    [InlineData("Actor", "name", Eq, "ILE VERTE", "ACT-A,ACT-D")]
    [InlineData("Actor", "name", Eq, "île verte", "ACT-A,ACT-D")]
    [InlineData("Actor", "name", Eq, "Ile Vert", "")]
    [InlineData("Actor", "name", Neq, "ile verte", "ACT-B,ACT-C")]
    [InlineData("Actor", "name", In, new object[] { "societe generale", "OEUVRE COMMUNE" }, "ACT-B,ACT-C")]
    [InlineData("Actor", "name", Nin, new object[] { "SOCIÉTÉ générale" }, "ACT-A,ACT-C,ACT-D")]
    [InlineData("Actor", "name", Contains, "ERT", "ACT-A,ACT-D")]
    [InlineData("Actor", "name", Contains, "œuv", "ACT-C")]
    [InlineData("Actor", "name", StartsWith, "SOC", "ACT-B")]
    [InlineData("Actor", "name", StartsWith, "Île", "ACT-A,ACT-D")]
    [InlineData("Actor", "name", EndsWith, "MUNE", "ACT-C")]
    [InlineData("Actor", "name", EndsWith, "générale", "ACT-B")]
    // text with a missing value: false for every operator but eq null / neq null
    [InlineData("Actor", "website", Neq, "x", "ACT-A")]
    [InlineData("Actor", "website", Nin, new object[] { "x" }, "ACT-A")]
    [InlineData("Actor", "website", Contains, "VERTE", "ACT-A")]
    [InlineData("Actor", "website", Eq, null, "ACT-B,ACT-C,ACT-D")]
    [InlineData("Actor", "website", Neq, null, "ACT-A")]
    // id: exact
    [InlineData("Actor", "id", Eq, "ACT-A", "ACT-A")]
    [InlineData("Actor", "id", Eq, "act-a", "")]
    [InlineData("Actor", "id", Neq, "ACT-A", "ACT-B,ACT-C,ACT-D")]
    [InlineData("Actor", "id", In, new object[] { "ACT-C", "ACT-A", "ACT-X" }, "ACT-A,ACT-C")]
    [InlineData("Actor", "id", Nin, new object[] { "ACT-C", "ACT-A" }, "ACT-B,ACT-D")]
    // enums: exact
    [InlineData("Actor", "kind", Eq, "ASSOCIATION", "ACT-A,ACT-C")]
    [InlineData("Actor", "kind", Eq, "association", "")]
    [InlineData("Actor", "kind", Neq, "ASSOCIATION", "ACT-B,ACT-D")]
    [InlineData("Actor", "kind", In, new object[] { "COMPANY", "FOUNDATION" }, "ACT-B,ACT-D")]
    [InlineData("Actor", "kind", Nin, new object[] { "COMPANY" }, "ACT-A,ACT-C,ACT-D")]
    [InlineData("Actor", "size", Eq, null, "ACT-A,ACT-C,ACT-D")]
    [InlineData("Actor", "economicModel", Neq, "GENERAL_INTEREST", "ACT-C")]
    [InlineData("Actor", "economicModel", Nin, new object[] { "GENERAL_INTEREST" }, "ACT-C")]
    // booleans
    [InlineData("Actor", "employer", Eq, true, "ACT-A")]
    [InlineData("Actor", "employer", Eq, false, "ACT-C")]
    [InlineData("Actor", "employer", Neq, true, "ACT-C")]
    [InlineData("Actor", "employer", Eq, null, "ACT-B,ACT-D")]
    [InlineData("Actor", "employer", Neq, null, "ACT-A,ACT-C")]
    // integers, with long and double operands
    [InlineData("Actor", "foundedYear", Eq, 1990L, "ACT-A")]
    [InlineData("Actor", "foundedYear", Eq, 1990.0, "ACT-A")]
    [InlineData("Actor", "foundedYear", Neq, 1990L, "ACT-B,ACT-C")]
    [InlineData("Actor", "foundedYear", Gt, 1990L, "ACT-C")]
    [InlineData("Actor", "foundedYear", Gte, 1990L, "ACT-A,ACT-C")]
    [InlineData("Actor", "foundedYear", Lt, 1990L, "ACT-B")]
    [InlineData("Actor", "foundedYear", Lte, 1990.5, "ACT-A,ACT-B")]
    [InlineData("Actor", "foundedYear", In, new object[] { 1864L, 2005.0 }, "ACT-B,ACT-C")]
    [InlineData("Actor", "foundedYear", Nin, new object[] { 1864L }, "ACT-A,ACT-C")]
    [InlineData("Actor", "foundedYear", Eq, null, "ACT-D")]
    // floats, with long and double operands
    [InlineData("Finding", "value", Eq, 74L, "FND-A")]
    [InlineData("Finding", "value", Neq, 74L, "FND-B")]
    [InlineData("Finding", "value", Gt, 74L, "FND-B")]
    [InlineData("Finding", "value", Gte, 74.0, "FND-A,FND-B")]
    [InlineData("Finding", "value", Lt, 81.5, "FND-A")]
    [InlineData("Finding", "value", Lte, 100L, "FND-A,FND-B")]
    [InlineData("Finding", "value", In, new object[] { 81.5, 1L }, "FND-B")]
    [InlineData("Finding", "value", Nin, new object[] { 81.5 }, "FND-A")]
    [InlineData("Finding", "value", Eq, null, "FND-C")]
    // lists of enum values
    [InlineData("Alliance", "objectives", Includes, "HYBRIDISE_ECONOMIC_MODEL", "ALL-A,ALL-B")]
    [InlineData("Alliance", "objectives", IncludesAny, new object[] { "BALANCE_PERFORMANCE_ENGAGEMENT", "CO_BUILD_TERRITORIAL_SOLUTIONS" }, "ALL-A,ALL-D")]
    [InlineData("Alliance", "objectives", IncludesAll, new object[] { "BALANCE_PERFORMANCE_ENGAGEMENT", "HYBRIDISE_ECONOMIC_MODEL" }, "ALL-A")]
    [InlineData("Alliance", "objectives", IncludesAll, new object[] { "HYBRIDISE_ECONOMIC_MODEL" }, "ALL-A,ALL-B")]
    [InlineData("Alliance", "objectives", Eq, null, "ALL-C")]
    [InlineData("Alliance", "objectives", Neq, null, "ALL-A,ALL-B,ALL-D")]
    public async Task Property_filter_matches(string label, string property, ComparisonOperator op, object? value, string expected)
    {
        var labelDef = TestGraph.Schema.Label(label);

        var ids = await MatchingIds(OperatorGraph(), labelDef, Prop(labelDef, property, op, value));

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("website", Eq, "https://ile-verte.example", "ACT-B,ACT-C,ACT-D")]
    [InlineData("website", Neq, "https://ile-verte.example", "ACT-A,ACT-B,ACT-C,ACT-D")]
    [InlineData("website", Eq, null, "ACT-A")]
    [InlineData("foundedYear", Gt, 1900L, "ACT-B,ACT-D")]
    [InlineData("employer", Eq, true, "ACT-B,ACT-C,ACT-D")]
    public async Task Not_is_plain_negation_so_missing_values_match_a_negated_comparison(
        string property, ComparisonOperator op, object? value, string expected)
    {
        var ids = await MatchingIds(OperatorGraph(), Actor, Not(Prop(Actor, property, op, value)));

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task And_or_and_not_nest()
    {
        var associationEmployer = And(Prop(Actor, "kind", Eq, "ASSOCIATION"), Prop(Actor, "employer", Eq, true));
        var old = Prop(Actor, "foundedYear", Lt, 1900L);

        Assert.Equal("ACT-A,ACT-B", await MatchingIds(OperatorGraph(), Actor, Or(associationEmployer, old)));
        Assert.Equal("ACT-C,ACT-D", await MatchingIds(OperatorGraph(), Actor, Not(Or(associationEmployer, old))));
        Assert.Equal("ACT-A", await MatchingIds(OperatorGraph(), Actor,
            And(Or(Prop(Actor, "name", Contains, "verte"), old), Not(Prop(Actor, "kind", Eq, "FOUNDATION")), Or(associationEmployer))));
    }
}
