using System.Text.Json.Nodes;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Mutations;

/// <summary>
/// Parallel relationships through GraphQL: a second participation in another role is linked beside the first, the
/// same key again is a duplicate, and unlink chooses one by its identifying arguments or is refused as ambiguous.
/// </summary>
public sealed class ParallelRelationshipMutationTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    [Fact]
    public async Task Parallel_participations_are_linked_listed_and_unlinked_one_by_one()
    {
        var client = app.CreateClient();
        var (actor, alliance) = ($"ACT-T-{Unique()}", $"ALL-T-{Unique()}");
        await DataAsync(client, $$"""
            mutation { applyChanges(operations: [
              { createActor: { id: "{{actor}}", name: "Twice", kind: COMPANY, source: "API" } },
              { createAlliance: { id: "{{alliance}}", name: "Twice joined", category: PATRONAGE, source: "API" } },
              { linkActorToAlliance: { actorId: "{{actor}}", allianceId: "{{alliance}}", role: FUNDER, since: 2019 } }
            ]) { nodesCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);

        var parallel = await DataAsync(client, $$"""
            mutation { linkActorToAlliance(actorId: "{{actor}}", allianceId: "{{alliance}}", role: PARTNER, since: 2019) {
              relationshipsCreated { type startId endId key } } }
            """, apiKey: WriteAppFactory.EditorKey);
        var created = Assert.Single(parallel["linkActorToAlliance"]!["relationshipsCreated"]!.AsArray())!;
        Assert.Equal(("PARTNER", 2019), ((string)created["key"]!["role"]!, (int)created["key"]!["since"]!));

        var (_, duplicate) = await PostAsync(client, $$"""
            mutation { linkActorToAlliance(actorId: "{{actor}}", allianceId: "{{alliance}}", role: FUNDER, since: 2019) { relationshipsCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);
        Assert.Equal(["DUPLICATE_RELATIONSHIP"], ErrorCodes(duplicate));
        Assert.Contains("{role: FUNDER, since: 2019}", (string)duplicate["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(["FUNDER 2019", "PARTNER 2019"], await RolesAsync(client, actor));

        var (_, ambiguous) = await PostAsync(client, $$"""
            mutation { unlinkActorToAlliance(actorId: "{{actor}}", allianceId: "{{alliance}}") { relationshipsDeletedCount } }
            """, apiKey: WriteAppFactory.EditorKey);
        Assert.Equal(["AMBIGUOUS_RELATIONSHIP"], ErrorCodes(ambiguous));
        var extensions = ambiguous["errors"]![0]!["extensions"]!;
        Assert.Equal("role", (string)extensions["field"]!);
        Assert.Equal(["FUNDER 2019", "PARTNER 2019"],
            extensions["candidates"]!.AsArray().Select(c => $"{c!["role"]} {c["since"]}").Order(StringComparer.Ordinal));
        Assert.Equal(["FUNDER 2019", "PARTNER 2019"], await RolesAsync(client, actor));

        var unlinked = await DataAsync(client, $$"""
            mutation { unlinkActorToAlliance(actorId: "{{actor}}", allianceId: "{{alliance}}", role: PARTNER) { relationshipsDeleted { key } } }
            """, apiKey: WriteAppFactory.EditorKey);
        Assert.Equal("PARTNER", (string)unlinked["unlinkActorToAlliance"]!["relationshipsDeleted"]![0]!["key"]!["role"]!);
        Assert.Equal(["FUNDER 2019"], await RolesAsync(client, actor));

        // Inside applyChanges the same arguments are input fields; with one relationship left, none are needed.
        await DataAsync(client, $$"""
            mutation { applyChanges(operations: [
              { linkActorToAlliance: { actorId: "{{actor}}", allianceId: "{{alliance}}", role: INITIATOR } },
              { unlinkActorToAlliance: { actorId: "{{actor}}", allianceId: "{{alliance}}", since: null } },
              { unlinkActorToAlliance: { actorId: "{{actor}}", allianceId: "{{alliance}}" } }
            ]) { relationshipsDeletedCount } }
            """, apiKey: WriteAppFactory.EditorKey);
        Assert.Empty(await RolesAsync(client, actor));
    }

    private static async Task<List<string>> RolesAsync(HttpClient client, string actor)
    {
        var read = await DataAsync(client, $$"""{ node(id: "{{actor}}") { ... on Actor { alliances { edges { role since } } } } }""");
        return [.. read["node"]!["alliances"]!["edges"]!.AsArray().Select(e => $"{e!["role"]} {e["since"]}").Order(StringComparer.Ordinal)];
    }
}
