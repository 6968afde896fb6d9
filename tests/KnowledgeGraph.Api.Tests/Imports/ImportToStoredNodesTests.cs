using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Imports.SeedZip;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Imports;

/// <summary>
/// An import whose relationships end at nodes already stored (new actors based in existing regions and taking part in
/// existing alliances): the seed loader lets such ends through by their id's label, the writer checks they exist.
/// </summary>
public sealed class ImportToStoredNodesTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    [Fact]
    public async Task New_actors_link_to_a_stored_region_and_a_stored_alliance()
    {
        var client = app.CreateClient();
        var prefix = "LINK" + Unique();
        var body = Of([
            ("nodes/Actor.csv", Actors(prefix, 3)),
            ("relationships/BASED_IN.csv", $":START_ID,:END_ID\nACT-{prefix}-0,REG-76\nACT-{prefix}-1,REG-76\nACT-{prefix}-2,DEP-34\n"),
            ("relationships/PARTICIPATES_IN.csv", $":START_ID,:END_ID,role,since:int\nACT-{prefix}-0,ALL-AG2R-RESEAU-COCAGNE,PARTNER,2024\n"),
        ]);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.True(status == 200, answer.ToJsonString());
        Assert.Equal((3, 4), ((int)answer["data"]!["nodesCreatedCount"]!, (int)answer["data"]!["relationshipsCreatedCount"]!));
        var read = await DataAsync(client, $$"""
            { actors(where: { id: { in: ["ACT-{{prefix}}-0", "ACT-{{prefix}}-1", "ACT-{{prefix}}-2"] }, territories: { some: { within: "Occitanie" } } }, first: 10) { nodes { id } }
              alliance: node(id: "ALL-AG2R-RESEAU-COCAGNE") { ... on Alliance { participants(first: 100) { nodes { id } } } } }
            """);
        Assert.Equal([$"ACT-{prefix}-0", $"ACT-{prefix}-1", $"ACT-{prefix}-2"],
            read["actors"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).Order());
        Assert.Contains($"ACT-{prefix}-0", read["alliance"]!["participants"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task An_end_that_is_not_stored_is_named_by_file_and_line_and_nothing_is_written()
    {
        var client = app.CreateClient();
        var prefix = "MISS" + Unique();
        var body = Of([
            ("nodes/Actor.csv", Actors(prefix, 2)),
            ("relationships/BASED_IN.csv", $":START_ID,:END_ID\nACT-{prefix}-0,REG-76\nACT-{prefix}-1,DEP-999\n"),
        ]);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.Equal(400, status);
        var error = Assert.Single(answer["errors"]!.AsArray())!;
        Assert.Equal("UNKNOWN_ID", (string)error["extensions"]!["code"]!);
        Assert.Equal("relationships/BASED_IN.csv:3", (string)error["extensions"]!["field"]!);
        Assert.Contains("DEP-999", (string)error["message"]!);
        Assert.Null((await DataAsync(client, $$"""{ node(id: "ACT-{{prefix}}-0") { id } }"""))["node"]);
    }

    [Fact]
    public async Task An_end_of_the_wrong_label_and_an_id_of_no_label_are_refused_with_their_lines()
    {
        var client = app.CreateClient();
        var prefix = "ODD" + Unique();
        var body = Of([
            ("nodes/Actor.csv", Actors(prefix, 2)),
            // An alliance is no territory (stored, but BASED_IN does not go there); "ATLANTIS" is no node id at all.
            ("relationships/BASED_IN.csv", $":START_ID,:END_ID\nACT-{prefix}-0,ALL-AG2R-RESEAU-COCAGNE\nACT-{prefix}-1,ATLANTIS\n"),
        ]);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.Equal(400, status);
        var errors = answer["errors"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(["INVALID_SEED", "INVALID_SEED"], Codes(answer));
        Assert.Equal(["relationships/BASED_IN.csv:2", "relationships/BASED_IN.csv:3"], errors.Select(e => (string)e["extensions"]!["field"]!));
        Assert.Contains("no BASED_IN relationship from Actor", (string)errors[0]["message"]!);
        Assert.Contains("'ATLANTIS' in these files, and it is no node id of any label", (string)errors[1]["message"]!);
        Assert.Null((await DataAsync(client, $$"""{ node(id: "ACT-{{prefix}}-0") { id } }"""))["node"]);
    }
}
