using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Analytics;

[Collection(AnalyticsCollection.Name)]
public sealed class AllianceCountsTests(AnalyticsStores stores)
{
    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Counts_alliances_by_category_and_region_over_all_or_the_where_selection(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""
            { byCategory: allianceCounts(by: CATEGORY) { dimension allianceCount unassigned buckets { key label count } }
              byRegion: allianceCounts(by: REGION) { buckets { key label count } }
              hautsDeFrance: allianceCounts(by: CATEGORY, where: { territories: { some: { within: "REG-32" } } }) {
                allianceCount buckets { key count } }
              withAnAssociation: allianceCounts(by: ACTOR_KIND, where: {
                  category: { eq: SOCIETAL_INNOVATION }, participants: { some: { kind: { eq: ASSOCIATION } } } }) {
                allianceCount buckets { key count } } }
            """);

        var byCategory = data["byCategory"]!;
        Assert.Equal("CATEGORY", (string)byCategory["dimension"]!);
        Assert.Equal((5, 0), ((int)byCategory["allianceCount"]!, (int)byCategory["unassigned"]!));
        Assert.Equal(["ECONOMIC_COOPERATION:2", "SOCIETAL_INNOVATION:2", "PATRONAGE:1"], Buckets(byCategory));
        Assert.Equal(["REG-32:3", "REG-76:2"], Buckets(data["byRegion"]!));
        Assert.Equal("Hauts-de-France", (string)data["byRegion"]!["buckets"]![0]!["label"]!);
        Assert.Equal(3, (int)data["hautsDeFrance"]!["allianceCount"]!);
        Assert.Equal(["ECONOMIC_COOPERATION:2", "PATRONAGE:1"], Buckets(data["hautsDeFrance"]!));
        Assert.Equal(2, (int)data["withAnAssociation"]!["allianceCount"]!);
        Assert.Equal(["ASSOCIATION:2", "COMPANY:2", "FOUNDATION:1"], Buckets(data["withAnAssociation"]!));
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task A_where_naming_an_unknown_territory_is_an_unknown_territory_error(string store)
    {
        var app = await stores.AppAsync(store);

        Assert.Equal("UNKNOWN_TERRITORY", await app.ErrorCodeAsync(
            """{ allianceCounts(by: CATEGORY, where: { territories: { some: { within: "REG-99" } } }) { allianceCount } }"""));
    }

    private static IEnumerable<string> Buckets(JsonNode result) =>
        result["buckets"]!.AsArray().Select(b => $"{(string)b!["key"]!}:{(int)b["count"]!}");
}
