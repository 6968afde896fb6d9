using System.Net;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Mutations;

public sealed class ChangeSetMutationTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    [Fact]
    public async Task Link_carries_the_relationship_properties_and_unlink_removes_it()
    {
        var client = app.CreateClient();
        var (actor, alliance) = ($"ACT-T-{Unique()}", $"ALL-T-{Unique()}");
        await DataAsync(client, $$"""
            mutation { applyChanges(operations: [
              { createActor: { id: "{{actor}}", name: "Linker", kind: COMPANY, source: "API" } },
              { createAlliance: { id: "{{alliance}}", name: "Linked", category: PATRONAGE, source: "API" } }
            ]) { nodesCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);

        var linked = await DataAsync(client, $$"""
            mutation { linkActorToAlliance(actorId: "{{actor}}", allianceId: "{{alliance}}", role: FUNDER, since: 2019) { relationshipsCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);
        Assert.Equal(1, (int)linked["linkActorToAlliance"]!["relationshipsCreatedCount"]!);
        var read = await DataAsync(client, $$"""{ node(id: "{{actor}}") { ... on Actor { alliances { edges { role since node { id } } } } } }""");
        var edge = Assert.Single(read["node"]!["alliances"]!["edges"]!.AsArray())!;
        Assert.Equal(("FUNDER", 2019, alliance), ((string)edge["role"]!, (int)edge["since"]!, (string)edge["node"]!["id"]!));

        await DataAsync(client, $$"""mutation { unlinkActorToAlliance(actorId: "{{actor}}", allianceId: "{{alliance}}") { relationshipsDeletedCount } }""",
            apiKey: WriteAppFactory.EditorKey);
        var after = await DataAsync(client, $$"""{ node(id: "{{actor}}") { ... on Actor { alliances { totalCount } } } }""");
        Assert.Equal(0, (int)after["node"]!["alliances"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_change_set_with_one_bad_operation_writes_none_of_it()
    {
        var client = app.CreateClient();
        var actor = $"ACT-T-{Unique()}";
        var (status, body) = await PostAsync(client, $$"""
            mutation { applyChanges(operations: [
              { createActor: { id: "{{actor}}", name: "Never", kind: COMPANY, source: "API" } },
              { linkActorToAlliance: { actorId: "{{actor}}", allianceId: "ALL-DOES-NOT-EXIST", role: PARTNER } }
            ]) { nodesCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal(("UNKNOWN_ID", 1, "endId"),
            ((string)error["extensions"]!["code"]!, (int)error["extensions"]!["operationIndex"]!, (string)error["extensions"]!["field"]!));
        var read = await DataAsync(client, $$"""{ node(id: "{{actor}}") { id } }""");
        Assert.Null(read["node"]);
    }

    [Fact]
    public async Task Later_operations_see_earlier_ones_and_a_change_input_must_name_one_operation()
    {
        var client = app.CreateClient();
        var actor = $"ACT-T-{Unique()}";
        var data = await DataAsync(client, $$"""
            mutation { applyChanges(operations: [
              { createActor: { id: "{{actor}}", name: "Short-lived", kind: COMPANY, source: "API" } },
              { linkActorToTerritory: { actorId: "{{actor}}", territoryId: "DEP-34" } },
              { deleteActor: { id: "{{actor}}", detach: true } }
            ]) { nodesCreatedCount nodesDeletedCount relationshipsCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);
        // Net effect of the set: nothing.
        var payload = data["applyChanges"]!;
        Assert.Equal((0, 0, 0), ((int)payload["nodesCreatedCount"]!, (int)payload["nodesDeletedCount"]!, (int)payload["relationshipsCreatedCount"]!));

        var (_, body) = await PostAsync(client, """mutation { applyChanges(operations: [{ }]) { nodesCreatedCount } }""", apiKey: WriteAppFactory.EditorKey);
        // ChangeInput is a @oneOf input object: the document is refused by validation, before any write.
        Assert.Equal(["ONE_OF_INPUT_VALUES"], ErrorCodes(body));
    }

    [Fact]
    public async Task An_admin_imports_seed_csv_files_atomically_and_an_editor_may_not()
    {
        var client = app.CreateClient();
        var (actor, alliance) = ($"ACT-T-{Unique()}", $"ALL-T-{Unique()}");
        var files = new object[]
        {
            new { name = "nodes/Actor.csv", content = $"id:ID,name,kind,source\n{actor},Importée,FOUNDATION,IMPORT\n" },
            new { name = "nodes/Alliance.csv", content = $"id:ID,name,category,source\n{alliance},Alliance importée,SOCIETAL_INNOVATION,IMPORT\n" },
            new { name = "relationships/PARTICIPATES_IN.csv", content = $":START_ID,:END_ID,role,since:int\n{actor},{alliance},FUNDER,2020\n" },
        };
        const string Import = "mutation($files: [CsvFileInput!]!) { importGraph(csvFiles: $files) { nodesCreatedCount relationshipsCreatedCount } }";

        var (forbidden, refused) = await PostAsync(client, Import, new { files }, WriteAppFactory.EditorKey);
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (forbidden, ErrorCodes(refused).Single()));

        var data = await DataAsync(client, Import, new { files }, WriteAppFactory.AdminKey);
        Assert.Equal((2, 1), ((int)data["importGraph"]!["nodesCreatedCount"]!, (int)data["importGraph"]!["relationshipsCreatedCount"]!));

        var bad = new object[] { new { name = "nodes/Actor.csv", content = $"id:ID,name,kind,source\nACT-T-{Unique()},Bad,NOT_A_KIND,IMPORT\n" } };
        var (_, invalid) = await PostAsync(client, Import, new { files = bad }, WriteAppFactory.AdminKey);
        var error = Assert.Single(invalid["errors"]!.AsArray())!;
        Assert.Equal("INVALID_SEED", (string)error["extensions"]!["code"]!);
        Assert.StartsWith("nodes/Actor.csv:2", (string)error["extensions"]!["field"]!);
    }
}
