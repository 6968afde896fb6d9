using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class CoParticipationTests
{
    private static readonly GraphView View = AllianceWorld.View();

    [Fact]
    public void Actors_are_linked_by_the_number_of_alliances_they_share()
    {
        var network = CoParticipationNetwork.Build(View);

        Assert.Equal("ACT-W ACT-X ACT-Y ACT-Z", string.Join(' ', network.Graph.NodeIds));
        Assert.Equal(["W-Y:1", "X-Y:2", "X-Z:1", "Y-Z:1"], Sorted(Weights(network)));
        Assert.Equal(["ALL-A1", "ALL-A2"], network.SharedAlliances("ACT-Y", "ACT-X"));
        Assert.Equal(["ALL-A1", "ALL-A2", "ALL-A3", "ALL-A4"], network.AllianceIds);
    }

    [Theory]
    [InlineData("REG-76", null, null, null, null, null, "W-Y:1 X-Y:1 X-Z:1 Y-Z:1")]
    [InlineData("DEP-75", null, null, null, null, null, "X-Y:1")]
    [InlineData("FR", null, null, null, null, null, "W-Y:1 X-Y:2 X-Z:1 Y-Z:1")]
    [InlineData(null, "PATRONAGE", null, null, null, null, "X-Y:1")]
    [InlineData(null, "SOCIETAL_INNOVATION", "DOM-SPORT", null, null, null, "W-Y:1 X-Y:1 X-Z:1 Y-Z:1")]
    [InlineData(null, null, "DOM-CULTURE", null, null, null, "X-Y:1")]
    [InlineData(null, null, null, "SDG-17", null, null, "X-Y:2 X-Z:1 Y-Z:1")]
    [InlineData(null, null, null, "SDG-17.17", null, null, "X-Y:1 X-Z:1 Y-Z:1")]
    [InlineData(null, null, null, null, 2019, 2019, "X-Y:1")]
    [InlineData(null, null, null, null, 2017, null, "W-Y:1 X-Y:2 X-Z:1 Y-Z:1")]
    [InlineData(null, null, null, null, null, 2016, "X-Y:1 X-Z:1 Y-Z:1")]
    [InlineData("REG-11", "SOCIETAL_INNOVATION", null, null, null, null, "")]
    public void Filters_choose_the_alliances_that_count(string? within, string? category, string? domain, string? sdg, int? from, int? to, string expected)
    {
        var filter = new CoParticipationFilter(within, category is null ? null : [category], domain is null ? null : [domain],
            sdg is null ? null : [sdg], from, to);

        var network = CoParticipationNetwork.Build(View, filter);

        Assert.Equal(expected, string.Join(' ', Sorted(Weights(network))));
    }

    [Fact]
    public void As_a_sub_graph_it_is_undirected_with_weighted_co_participation_edges()
    {
        var sub = CoParticipationSubGraph.From(View, CoParticipationNetwork.Build(View));

        Assert.False(sub.Directed);
        Assert.Equal(["ACT-W", "ACT-X", "ACT-Y", "ACT-Z"], sub.Nodes.Select(n => n.Id));
        var xy = Assert.Single(sub.Edges, e => e.Id == "ACT-X-CO_PARTICIPATES-ACT-Y");
        Assert.Equal("CO_PARTICIPATES", xy.Type);
        Assert.Equal(2L, xy.Properties["weight"]);
        Assert.Equal(["ALL-A1", "ALL-A2"], (IEnumerable<string>)xy.Properties["alliances"]);
    }

    [Theory]
    [InlineData("REG-99", null, null, "UNKNOWN_TERRITORY")]
    [InlineData("ACT-X", null, null, "UNKNOWN_TERRITORY")]
    [InlineData(null, "DOM-NOPE", null, "UNKNOWN_ID")]
    [InlineData(null, "ACT-X", null, "UNKNOWN_ID")]
    [InlineData(null, null, "SDG-99", "UNKNOWN_ID")]
    [InlineData(null, null, "NOT_A_CATEGORY", "INVALID_ARGUMENT")]
    public void Unknown_filter_values_are_refused_with_a_code(string? within, string? domain, string? other, string code)
    {
        var filter = code == "INVALID_ARGUMENT"
            ? new CoParticipationFilter(Categories: [other!])
            : new CoParticipationFilter(within, DomainIds: domain is null ? null : [domain], SdgIds: other is null ? null : [other]);

        Assert.Equal(code, Assert.Throws<InvalidQueryException>(() => CoParticipationNetwork.Build(View, filter)).Code);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var error = Assert.Throws<InvalidQueryException>(() => CoParticipationNetwork.Build(View, new CoParticipationFilter(FromYear: 2020, ToYear: 2010)));

        Assert.Equal("INVALID_ARGUMENT", error.Code);
    }

    // "X-Y:2" for the edge ACT-X–ACT-Y of weight 2.
    private static IEnumerable<string> Weights(CoParticipationNetwork network) =>
        network.Graph.Edges().Select(e =>
            $"{network.Graph.NodeIds[e.Source][4..]}-{network.Graph.NodeIds[e.Target][4..]}:{e.Weight}");

    private static string[] Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];
}
