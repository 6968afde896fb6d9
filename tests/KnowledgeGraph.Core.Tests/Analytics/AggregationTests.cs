using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Aggregations;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class AggregationTests
{
    private static readonly GraphView View = AllianceWorld.View();

    [Theory]
    [InlineData(AggregationDimension.Category, "SOCIETAL_INNOVATION:2 ECONOMIC_COOPERATION:1 PATRONAGE:1", 0)]
    [InlineData(AggregationDimension.Domain, "DOM-SPORT:2 DOM-CULTURE:1", 1)]
    [InlineData(AggregationDimension.Sdg, "SDG-17:2", 2)]
    [InlineData(AggregationDimension.SdgTarget, "SDG-17.17:1", 3)]
    [InlineData(AggregationDimension.ActorKind, "ASSOCIATION:3 COMPANY:2 FOUNDATION:2 LOCAL_AUTHORITY:1", 0)]
    [InlineData(AggregationDimension.Region, "REG-76:2 REG-11:1", 1)]
    [InlineData(AggregationDimension.StartYear, "2015:1 2019:1 2020:1", 1)]
    public void Counts_alliances_per_value(AggregationDimension dimension, string expected, int unassigned)
    {
        var result = AllianceAggregations.Count(View, dimension);

        Assert.Equal(expected, string.Join(' ', result.Buckets.Select(b => $"{b.Key}:{b.Count}")));
        Assert.Equal(unassigned, result.Unassigned);
        Assert.Equal(4, result.AllianceCount);
    }

    [Fact]
    public void Buckets_carry_display_labels()
    {
        var regions = AllianceAggregations.Count(View, AggregationDimension.Region);

        Assert.Equal(["Occitanie", "Île-de-France"], regions.Buckets.Select(b => b.Label));
    }

    [Fact]
    public void Counts_can_be_restricted_to_a_set_of_alliances()
    {
        var result = AllianceAggregations.Count(View, AggregationDimension.Region, ["ALL-A3", "ALL-A1", "ALL-A1"]);

        Assert.Equal(2, result.AllianceCount);
        Assert.Equal([("REG-76", 2)], result.Buckets.Select(b => (b.Key, b.Count)));
    }

    [Theory]
    [InlineData("ALL-NOPE")]
    [InlineData("ACT-X")]
    public void An_id_that_is_not_an_alliance_is_refused(string id)
    {
        var error = Assert.Throws<InvalidQueryException>(() => AllianceAggregations.Count(View, AggregationDimension.Category, [id]));

        Assert.Equal("UNKNOWN_ID", error.Code);
    }

    [Fact]
    public void A_cross_tab_counts_each_combination_and_checks_its_dimensions()
    {
        var table = AllianceCrossTab.Count(View, [AggregationDimension.Region, AggregationDimension.Category]);

        Assert.Equal([AggregationDimension.Region, AggregationDimension.Category], table.Dimensions);
        Assert.Equal(4, table.AllianceCount);
        Assert.Equal(table.AllianceCount - table.Rows.Sum(r => r.Count), table.Unassigned);
        Assert.All(table.Rows, r => Assert.Equal([AggregationDimension.Region, AggregationDimension.Category], r.Keys.Select(k => k.Dimension)));
        Assert.Equal("INVALID_ARGUMENT", Assert.Throws<InvalidQueryException>(() => AllianceCrossTab.Count(View, [])).Code);
        Assert.Equal("INVALID_ARGUMENT", Assert.Throws<InvalidQueryException>(() => AllianceCrossTab.Count(View,
            [AggregationDimension.Sdg, AggregationDimension.Domain, AggregationDimension.Region, AggregationDimension.Category])).Code);
        Assert.Equal("INVALID_ARGUMENT", Assert.Throws<InvalidQueryException>(() => AllianceCrossTab.Count(View,
            [AggregationDimension.SdgTarget, AggregationDimension.SdgTarget])).Code);
    }

    [Fact]
    public void A_cross_tab_with_more_rows_than_allowed_is_refused()
    {
        var rows = AllianceCrossTab.Count(View, [AggregationDimension.ActorKind, AggregationDimension.Domain]).Rows.Count;
        Assert.True(rows > 1);

        Assert.Equal(rows, AllianceCrossTab.Count(View, [AggregationDimension.ActorKind, AggregationDimension.Domain], maxRows: rows).Rows.Count);
        var error = Assert.Throws<InvalidQueryException>(() =>
            AllianceCrossTab.Count(View, [AggregationDimension.ActorKind, AggregationDimension.Domain], maxRows: rows - 1));
        Assert.Equal("INVALID_ARGUMENT", error.Code);
        Assert.Contains("ACTOR_KIND, DOMAIN", error.Message, StringComparison.Ordinal);
    }
}
