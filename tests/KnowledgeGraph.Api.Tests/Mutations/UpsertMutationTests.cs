using System.Text.Json.Nodes;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Mutations;

/// <summary><c>upsert&lt;Label&gt;</c> and <c>link…(ifAbsent: true)</c> through the GraphQL endpoint.</summary>
public sealed class UpsertMutationTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    [Fact]
    public async Task Upsert_creates_then_updates_the_given_properties_only()
    {
        var client = app.CreateClient();
        var id = $"ACT-UP-{Unique()}";
        const string Upsert = "mutation($id: ID!, $set: ActorUpdateInput!) { upsertActor(id: $id, set: $set) { nodesCreatedCount nodesUpdatedCount node { properties } } }";

        var created = (await DataAsync(client, Upsert, new { id, set = new { name = "Upserted", kind = "COMPANY", source = "API", foundedYear = 1999 } },
            WriteAppFactory.EditorKey))["upsertActor"]!;
        var updated = (await DataAsync(client, Upsert, new { id, set = new { name = "Upserted again" } }, WriteAppFactory.EditorKey))["upsertActor"]!;

        Assert.Equal((1, 0), ((int)created["nodesCreatedCount"]!, (int)created["nodesUpdatedCount"]!));
        Assert.Equal((0, 1), ((int)updated["nodesCreatedCount"]!, (int)updated["nodesUpdatedCount"]!));
        Assert.Equal("Upserted again", (string)updated["node"]!["properties"]!["name"]!);
        Assert.Equal(1999, (int)updated["node"]!["properties"]!["foundedYear"]!);
        Assert.Equal("COMPANY", (string)updated["node"]!["properties"]!["kind"]!);
    }

    [Fact]
    public async Task An_upsert_creating_without_a_required_property_is_refused_and_writes_nothing()
    {
        var client = app.CreateClient();
        var id = $"ACT-UP-{Unique()}";
        var (_, body) = await PostAsync(client, "mutation($id: ID!) { upsertActor(id: $id, set: { name: \"No kind\" }) { nodesCreatedCount } }",
            new { id }, WriteAppFactory.EditorKey);

        Assert.Contains(body["errors"]!.AsArray(), e => Code(e) == "REQUIRED" && Field(e) == "kind");
        Assert.Null((await DataAsync(client, "query($id: ID!) { node(id: $id) { id } }", new { id }))["node"]);
    }

    [Fact]
    public async Task Link_if_absent_links_once_and_then_changes_nothing()
    {
        var client = app.CreateClient();
        var actor = $"ACT-UP-{Unique()}";
        await DataAsync(client, "mutation($id: ID!) { upsertActor(id: $id, set: { name: \"L\", kind: COMPANY, source: \"API\" }) { nodesCreatedCount } }",
            new { id = actor }, WriteAppFactory.EditorKey);
        var territory = (string)(await DataAsync(client, "{ territories(first: 1) { nodes { id } } }"))["territories"]!["nodes"]![0]!["id"]!;
        const string Link = "mutation($a: ID!, $t: ID!) { linkActorToTerritory(actorId: $a, territoryId: $t, ifAbsent: true) { relationshipsCreatedCount } }";

        var first = await DataAsync(client, Link, new { a = actor, t = territory }, WriteAppFactory.EditorKey);
        var second = await DataAsync(client, Link, new { a = actor, t = territory }, WriteAppFactory.EditorKey);

        Assert.Equal(1, (int)first["linkActorToTerritory"]!["relationshipsCreatedCount"]!);
        Assert.Equal(0, (int)second["linkActorToTerritory"]!["relationshipsCreatedCount"]!);
    }

    private static string? Code(JsonNode? error) => (string?)error?["extensions"]?["code"];

    private static string? Field(JsonNode? error) => (string?)error?["extensions"]?["field"];
}
