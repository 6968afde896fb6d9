namespace KnowledgeGraph.Api.Tests.Analytics;

[Collection(AnalyticsCollection.Name)]
public sealed class NeighborhoodAndPathTests(AnalyticsStores stores)
{
    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Neighborhood_returns_the_alliance_its_participants_its_place_and_the_relationships_between_them(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""
            { neighborhood(ids: ["ALL-X-1"]) {
                truncated directed
                nodes { id label name properties }
                edges { id type source target properties } } }
            """);

        var graph = data["neighborhood"]!;
        Assert.False((bool)graph["truncated"]!);
        Assert.True((bool)graph["directed"]!);
        var nodes = graph["nodes"]!.AsArray();
        Assert.Equal("ALL-X-1", (string)nodes[0]!["id"]!);
        Assert.Equal(["ACT-X-ASSO1", "ACT-X-COMP1", "ACT-X-FOUND1", "ALL-X-1", "DEP-34"], nodes.Select(n => (string)n!["id"]!).Order());
        Assert.Equal("Alliance", (string)nodes[0]!["label"]!);
        Assert.Equal("SOCIETAL_INNOVATION", (string)nodes[0]!["properties"]!["category"]!);
        Assert.Equal(2019, (int)nodes[0]!["properties"]!["startYear"]!);
        var edges = graph["edges"]!.AsArray();
        // Three participations, the alliance's place, and ASSO1 being based in that same department.
        Assert.Equal(["BASED_IN", "LOCATED_IN", "PARTICIPATES_IN", "PARTICIPATES_IN", "PARTICIPATES_IN"], edges.Select(e => (string)e!["type"]!).Order());
        var initiator = edges.Single(e => (string)e!["source"]! == "ACT-X-COMP1");
        Assert.Equal("ALL-X-1", (string)initiator!["target"]!);
        Assert.Equal("INITIATOR", (string)initiator["properties"]!["role"]!);
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Neighborhood_is_capped_at_limit_and_says_it_is_truncated(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""{ neighborhood(ids: ["ALL-X-1"], limit: 3) { truncated nodes { id } edges { source target } } }""");

        var graph = data["neighborhood"]!;
        Assert.True((bool)graph["truncated"]!);
        var ids = graph["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToHashSet();
        Assert.Equal(3, ids.Count);
        Assert.All(graph["edges"]!.AsArray(), e => Assert.True(ids.Contains((string)e!["source"]!) && ids.Contains((string)e["target"]!)));
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Unknown_ids_and_out_of_range_arguments_are_errors_with_a_code(string store)
    {
        var app = await stores.AppAsync(store);

        Assert.Equal("UNKNOWN_ID", await app.ErrorCodeAsync("""{ neighborhood(ids: ["ACT-NOPE"]) { truncated } }"""));
        Assert.Equal("INVALID_ARGUMENT", await app.ErrorCodeAsync("""{ neighborhood(ids: ["ALL-X-1"], depth: 9) { truncated } }"""));
        Assert.Equal("INVALID_ARGUMENT", await app.ErrorCodeAsync("""{ neighborhood(ids: ["ALL-X-1"], limit: 0) { truncated } }"""));
        Assert.Equal("INVALID_ARGUMENT", await app.ErrorCodeAsync("""{ neighborhood(ids: ["ALL-X-1"], relationshipTypes: ["KNOWS"]) { truncated } }"""));
        Assert.Equal("UNKNOWN_ID", await app.ErrorCodeAsync("""{ shortestPath(from: "ACT-X-COMP1", to: "ACT-NOPE") { length } }"""));
        Assert.Equal("INVALID_ARGUMENT", await app.ErrorCodeAsync("""{ shortestPath(from: "ACT-X-COMP1", to: "ACT-X-ASSO2", maxLength: 99) { length } }"""));
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Shortest_chain_of_alliances_from_a_company_to_an_association(string store)
    {
        var app = await stores.AppAsync(store);

        var data = await app.DataAsync("""
            { shortestPath(from: "ACT-X-COMP1", to: "ACT-X-ASSO2", relationshipTypes: ["PARTICIPATES_IN"]) {
                length nodes { id } relationships { type source target } }
              allShortestPaths(from: "ACT-X-COMP1", to: "ACT-X-ASSO2", relationshipTypes: ["PARTICIPATES_IN"]) {
                truncated paths { nodes { id } } }
              unlinked: shortestPath(from: "ACT-X-COMP1", to: "ACT-X-LONE", relationshipTypes: ["PARTICIPATES_IN"]) { length } }
            """);

        var path = data["shortestPath"]!;
        Assert.Equal(6, (int)path["length"]!);
        Assert.Equal(["ACT-X-COMP1", "ALL-X-1", "ACT-X-FOUND1", "ALL-X-3", "ACT-X-COMP2", "ALL-X-4", "ACT-X-ASSO2"],
            path["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.All(path["relationships"]!.AsArray(), r => Assert.Equal("PARTICIPATES_IN", (string)r!["type"]!));
        var all = data["allShortestPaths"]!;
        Assert.False((bool)all["truncated"]!);
        // The last step goes through either of the two alliances COMP2 and ASSO2 share.
        Assert.Equal(["ALL-X-4", "ALL-X-5"], all["paths"]!.AsArray().Select(p => (string)p!["nodes"]![5]!["id"]!));
        Assert.Null(data["unlinked"]);
    }
}
