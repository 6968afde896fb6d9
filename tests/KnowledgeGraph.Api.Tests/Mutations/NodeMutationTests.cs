using System.Text.Json.Nodes;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Mutations;

public sealed class NodeMutationTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    private const string Payload = "dataVersion nodesCreatedCount nodesUpdatedCount nodesDeletedCount relationshipsDeletedCount " +
                                   "nodesCreated nodesDeleted relationshipsDeleted { type startId endId } node { id label properties }";

    [Fact]
    public async Task Create_writes_the_node_returns_it_and_reads_see_it()
    {
        var client = app.CreateClient();
        var id = $"ACT-T-{Unique()}";
        var data = await DataAsync(client, $$"""
            mutation($input: ActorCreateInput!) { createActor(input: $input) { {{Payload}} } }
            """, new { input = new { id, name = "Société Été", kind = "COMPANY", size = "SMALL_MEDIUM", foundedYear = 2001, source = "API" } },
            WriteAppFactory.EditorKey);

        var payload = data["createActor"]!;
        Assert.Equal(1, (int)payload["nodesCreatedCount"]!);
        Assert.Equal(id, (string)payload["nodesCreated"]![0]!);
        Assert.True((long)payload["dataVersion"]! > 0);
        Assert.Equal("ACTOR", (string)payload["node"]!["label"]!);
        var properties = payload["node"]!["properties"]!;
        Assert.Equal("Société Été", (string)properties["name"]!);
        Assert.Equal(2001, (int)properties["foundedYear"]!);
        Assert.Equal("SMALL_MEDIUM", (string)properties["size"]!);

        var read = await DataAsync(client, "query($id: ID!) { node(id: $id) { ... on Actor { name kind } } }", new { id });
        Assert.Equal("Société Été", (string)read["node"]!["name"]!);
        // Text is matched ignoring accents: the written node is indexed like a seeded one.
        var found = await DataAsync(client, "query($t: String!) { actors(where: { name: { eq: $t } }) { nodes { id } } }", new { t = "societe ete" });
        Assert.Contains(found["actors"]!["nodes"]!.AsArray(), n => (string)n!["id"]! == id);
    }

    [Fact]
    public async Task An_invalid_create_is_refused_naming_the_field_and_writes_nothing()
    {
        var client = app.CreateClient();
        var (status, body) = await PostAsync(client, """
            mutation { createActor(input: { id: "not-an-actor-id", name: "", kind: COMPANY, source: "API" }) { nodesCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Null(body["data"]!["createActor"]);
        var errors = body["errors"]!.AsArray();
        Assert.Contains(errors, e => Code(e) == "INVALID_ID" && Field(e) == "id" && (int)e!["extensions"]!["operationIndex"]! == 0);
        Assert.Contains(errors, e => Code(e) == "INVALID_VALUE" && Field(e) == "name");
        var read = await DataAsync(client, """{ node(id: "not-an-actor-id") { id } }""");
        Assert.Null(read["node"]);
    }

    [Fact]
    public async Task Update_sets_and_removes_properties_but_not_required_ones()
    {
        var client = app.CreateClient();
        var id = await CreateActorAsync(client);
        var data = await DataAsync(client, $$"""
            mutation { updateActor(id: "{{id}}", set: { name: "Renamed", website: "https://x.test" }, remove: [FOUNDED_YEAR]) { {{Payload}} } }
            """, apiKey: WriteAppFactory.EditorKey);
        var properties = data["updateActor"]!["node"]!["properties"]!.AsObject();
        Assert.Equal("Renamed", (string)properties["name"]!);
        Assert.Equal("https://x.test", (string)properties["website"]!);
        Assert.False(properties.ContainsKey("foundedYear"));

        var (_, refused) = await PostAsync(client, $$"""mutation { updateActor(id: "{{id}}", remove: [NAME]) { nodesUpdatedCount } }""",
            apiKey: WriteAppFactory.EditorKey);
        Assert.True(ErrorCodes(refused).SequenceEqual(["REQUIRED"]), refused.ToJsonString());
        Assert.True(Field(refused["errors"]![0]) == "name", refused.ToJsonString());
    }

    [Fact]
    public async Task Delete_refuses_while_attached_listing_what_it_would_detach_then_detaches()
    {
        var client = app.CreateClient();
        var actor = await CreateActorAsync(client);
        await DataAsync(client, $$"""mutation { linkActorToTerritory(actorId: "{{actor}}", territoryId: "REG-76") { relationshipsCreatedCount } }""",
            apiKey: WriteAppFactory.EditorKey);

        var (_, refused) = await PostAsync(client, $$"""mutation { deleteActor(id: "{{actor}}") { nodesDeletedCount } }""",
            apiKey: WriteAppFactory.EditorKey);
        Assert.Equal(["HAS_RELATIONSHIPS"], ErrorCodes(refused));
        Assert.Contains($"{actor} -[:BASED_IN]-> REG-76", (string)refused["errors"]![0]!["message"]!);

        var deleted = await DataAsync(client, $$"""mutation { deleteActor(id: "{{actor}}", detach: true) { {{Payload}} } }""",
            apiKey: WriteAppFactory.EditorKey);
        var payload = deleted["deleteActor"]!;
        Assert.Equal(actor, (string)payload["nodesDeleted"]![0]!);
        var detached = Assert.Single(payload["relationshipsDeleted"]!.AsArray())!;
        Assert.Equal(("BASED_IN", actor, "REG-76"), ((string)detached["type"]!, (string)detached["startId"]!, (string)detached["endId"]!));
        Assert.Null(payload["node"]);
    }

    internal static async Task<string> CreateActorAsync(HttpClient client)
    {
        var id = $"ACT-T-{Unique()}";
        await DataAsync(client, """mutation($id: ID!) { createActor(input: { id: $id, name: "Test actor", kind: ASSOCIATION, foundedYear: 1990, source: "API" }) { nodesCreatedCount } }""",
            new { id }, WriteAppFactory.EditorKey);
        return id;
    }

    private static string? Code(JsonNode? error) => (string?)error?["extensions"]?["code"];

    private static string? Field(JsonNode? error) => (string?)error?["extensions"]?["field"];
}
