using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Analytics;

[Collection(AnalyticsCollection.Name)]
public sealed class NetworkAnalyticsTests(AnalyticsStores stores)
{
    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Co_participation_links_actors_by_shared_alliances_weighted_by_their_number(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""
            { all: coParticipation { allianceCount actorCount linkCount graph { directed edges { source target type properties } } }
              occitanie: coParticipation(filter: { within: "REG-76" }) {
                allianceCount actorCount linkCount graph { nodes { id } edges { source target properties } } } }
            """);

        var all = data["all"]!;
        Assert.Equal(5, (int)all["allianceCount"]!);
        Assert.Equal(6, (int)all["actorCount"]!); // ACT-X-LONE takes part in nothing
        Assert.Equal(7, (int)all["linkCount"]!);
        Assert.False((bool)all["graph"]!["directed"]!);
        Assert.Equal(9, all["graph"]!["edges"]!.AsArray().Sum(e => (int)e!["properties"]!["weight"]!));

        var occitanie = data["occitanie"]!;
        Assert.Equal((2, 3, 3), ((int)occitanie["allianceCount"]!, (int)occitanie["actorCount"]!, (int)occitanie["linkCount"]!));
        Assert.Equal(["ACT-X-ASSO1", "ACT-X-COMP1", "ACT-X-FOUND1"], occitanie["graph"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        var pair = Edge(occitanie["graph"]!, "ACT-X-ASSO1", "ACT-X-COMP1");
        Assert.Equal(2, (int)pair["properties"]!["weight"]!);
        Assert.Equal(["ALL-X-1", "ALL-X-2"], pair["properties"]!["alliances"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(1, (int)Edge(occitanie["graph"]!, "ACT-X-COMP1", "ACT-X-FOUND1")["properties"]!["weight"]!);
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Co_participation_filters_by_category_and_period(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""
            { patronage: coParticipation(filter: { categories: [PATRONAGE] }) { allianceCount actorCount linkCount }
              early: coParticipation(filter: { toYear: 2020 }) { allianceCount actorCount } }
            """);

        Assert.Equal((1, 2, 1), ((int)data["patronage"]!["allianceCount"]!, (int)data["patronage"]!["actorCount"]!, (int)data["patronage"]!["linkCount"]!));
        // Started in or before 2020: ALL-X-1 and ALL-X-2, the Occitanie triangle.
        Assert.Equal((2, 3), ((int)data["early"]!["allianceCount"]!, (int)data["early"]!["actorCount"]!));
        Assert.Equal("UNKNOWN_TERRITORY", await app.ErrorCodeAsync("""{ coParticipation(filter: { within: "REG-99" }) { allianceCount } }"""));
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Centrality_ranks_the_bridges_first_and_within_ranks_only_actors_of_the_territory(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""
            { degree: centrality(measure: DEGREE, top: 2) { rank score id label name }
              betweenness: centrality(measure: BETWEENNESS, top: 3) { id score }
              occitanie: centrality(measure: DEGREE, within: "REG-76") { rank id score }
              whole: centrality(network: WHOLE_GRAPH, measure: DEGREE, labels: [ALLIANCE], top: 1) { id label score } }
            """);

        var degree = data["degree"]!.AsArray();
        Assert.Equal(["ACT-X-COMP2", "ACT-X-FOUND1"], degree.Select(s => (string)s!["id"]!));
        Assert.Equal([1, 2], degree.Select(s => (int)s!["rank"]!));
        Assert.All(degree, s => Assert.Equal(3.0, (double)s!["score"]!));
        Assert.Equal("Actor", (string)degree[1]!["label"]!);
        Assert.Equal("Fondation Lumière", (string)degree[1]!["name"]!);

        var betweenness = data["betweenness"]!.AsArray();
        // The two bridges (equal by symmetry) come first; the other actors lie on no shortest path between others.
        Assert.Equal(["ACT-X-COMP2", "ACT-X-FOUND1"], betweenness.Take(2).Select(s => (string)s!["id"]!).Order());
        Assert.True((double)betweenness[1]!["score"]! > (double)betweenness[2]!["score"]!);

        // FOUND1 (based in Paris) has the highest degree in Occitanie's alliances but is not within the region.
        var occitanie = data["occitanie"]!.AsArray();
        Assert.Equal(["ACT-X-ASSO1", "ACT-X-COMP1"], occitanie.Select(s => (string)s!["id"]!));
        Assert.All(occitanie, s => Assert.Equal(2.0, (double)s!["score"]!));

        // On the whole graph ALL-X-1 and ALL-X-4 have the most relationships (three participants and a place); ties go by id.
        var whole = Assert.Single(data["whole"]!.AsArray());
        Assert.Equal(("ALL-X-1", "Alliance", 4.0), ((string)whole!["id"]!, (string)whole["label"]!, (double)whole["score"]!));
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Communities_split_the_two_triangles_with_their_modularity(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""
            { louvain: communities { modularity communityCount nodeCount communities { index size members { id } } }
              components: communities(algorithm: CONNECTED_COMPONENTS) { communityCount communities { size } }
              withoutBridge: communities(algorithm: CONNECTED_COMPONENTS,
                                         filter: { categories: [SOCIETAL_INNOVATION, ECONOMIC_COOPERATION] }) {
                communityCount modularity communities { size members { id name } } } }
            """);

        var louvain = data["louvain"]!;
        Assert.Equal(2, (int)louvain["communityCount"]!);
        Assert.Equal(6, (int)louvain["nodeCount"]!);
        // Two triangles of internal weight 4 and weighted degree 9 each, m = 9: Q = 2 (4/9 - (9/18)^2) = 7/18.
        Assert.Equal(7.0 / 18, (double)louvain["modularity"]!, 6);
        Assert.Equal(
            ["ACT-X-ASSO1 ACT-X-COMP1 ACT-X-FOUND1", "ACT-X-ASSO2 ACT-X-COMP2 ACT-X-FOUND2"],
            louvain["communities"]!.AsArray().Select(c => string.Join(' ', c!["members"]!.AsArray().Select(m => (string)m!["id"]!))));

        Assert.Equal(1, (int)data["components"]!["communityCount"]!);
        Assert.Equal(6, (int)data["components"]!["communities"]![0]!["size"]!);
        var split = data["withoutBridge"]!;
        Assert.Equal(2, (int)split["communityCount"]!);
        Assert.Equal([3, 3], split["communities"]!.AsArray().Select(c => (int)c!["size"]!));
        // Without the bridge m = 8 and each triangle has internal weight 4 and weighted degree 8: Q = 2 (4/8 - (8/16)^2).
        Assert.Equal(0.5, (double)split["modularity"]!, 6);
        Assert.Equal("INVALID_ARGUMENT", await app.ErrorCodeAsync("{ communities(resolution: 0) { modularity } }"));
    }

    private static JsonNode Edge(JsonNode graph, string source, string target) =>
        graph["edges"]!.AsArray().Single(e => (string)e!["source"]! == source && (string)e["target"]! == target)!;
}
