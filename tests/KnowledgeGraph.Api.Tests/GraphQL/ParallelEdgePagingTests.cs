using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Mutations;
using KnowledgeGraph.Tests.Paging;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;
using static KnowledgeGraph.Tests.Paging.ParallelParticipationWalk;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// Paging one edge at a time through a nested connection whose relationship has parallels (an actor taking part in
/// one alliance in several roles and years, linked by mutations in no particular order): forward with first/after and
/// backward with last/before, every edge comes exactly once, parallels to one node ordered by their identifying
/// values (role, then since, a missing year last) after the node's own order.
/// </summary>
public sealed class ParallelEdgePagingTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    [Theory]
    [MemberData(nameof(PageShapes), MemberType = typeof(ParallelParticipationWalk))]
    public async Task An_actors_parallel_participations_are_each_seen_once_forward_and_backward(string order, int size)
    {
        var client = app.CreateClient();
        var (actor, _, x, y) = await LinkParallelsAsync(client);
        // Xenon and Ytterbium: the name order (descending) puts y first; the id order puts x first.
        string[] atX = [$"{x} FUNDER 2015", $"{x} FUNDER -", $"{x} INITIATOR 2019", $"{x} PARTNER 2019"];
        string[] atY = [$"{y} PARTNER 2018"];
        string[] expected = order.Length == 0 ? [.. atX, .. atY] : [.. atY, .. atX];
        var field = $"alliances({order}";

        Assert.Equal(expected, await ForwardAsync(Data(client), actor, "Actor", field, size));
        Assert.Equal(expected, await BackwardAsync(Data(client), actor, "Actor", field, size));
    }

    [Fact]
    public async Task An_alliances_participants_page_through_parallels_of_each_actor_in_turn()
    {
        var client = app.CreateClient();
        var (actor, other, x, _) = await LinkParallelsAsync(client);
        string[] expected =
        [
            $"{actor} FUNDER 2015", $"{actor} FUNDER -", $"{actor} INITIATOR 2019", $"{actor} PARTNER 2019", $"{other} PARTNER 2020",
        ];

        Assert.Equal(expected, await ForwardAsync(Data(client), x, "Alliance", "participants(", 1));
        Assert.Equal(expected, await BackwardAsync(Data(client), x, "Alliance", "participants(", 1));
    }

    [Fact]
    public async Task Parallel_edges_get_distinct_cursors()
    {
        var client = app.CreateClient();
        var (actor, _, _, _) = await LinkParallelsAsync(client);

        var edges = (await PageAsync(Data(client), actor, "Actor", "alliances(first: 10, after: $cursor) ", null))["edges"]!.AsArray();

        Assert.Equal(5, edges.Count);
        Assert.Equal(5, edges.Select(e => (string)e!["cursor"]!).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Two actors, two alliances; the actor takes part in x four times (linked in an order unlike the expected one)
    /// and in y once, the other actor in x once. Ids share a fresh prefix: x sorts before y, the actor before the other.
    /// </summary>
    private static async Task<(string Actor, string Other, string X, string Y)> LinkParallelsAsync(HttpClient client)
    {
        var unique = Unique();
        var (actor, other, x, y) = ($"ACT-{unique}-1", $"ACT-{unique}-2", $"ALL-{unique}-X", $"ALL-{unique}-Y");
        await DataAsync(client, $$"""
            mutation { applyChanges(operations: [
              { createActor: { id: "{{actor}}", name: "Often", kind: COMPANY, source: "API" } },
              { createActor: { id: "{{other}}", name: "Once", kind: ASSOCIATION, source: "API" } },
              { createAlliance: { id: "{{x}}", name: "Xenon", category: PATRONAGE, source: "API" } },
              { createAlliance: { id: "{{y}}", name: "Ytterbium", category: PATRONAGE, source: "API" } },
              { linkActorToAlliance: { actorId: "{{actor}}", allianceId: "{{x}}", role: PARTNER, since: 2019 } },
              { linkActorToAlliance: { actorId: "{{other}}", allianceId: "{{x}}", role: PARTNER, since: 2020 } }
            ]) { nodesCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);
        foreach (var (role, since) in new[] { ("FUNDER", "null"), ("INITIATOR", "2019"), ("FUNDER", "2015") })
        {
            await DataAsync(client, $$"""
                mutation { linkActorToAlliance(actorId: "{{actor}}", allianceId: "{{x}}", role: {{role}}, since: {{since}}) { relationshipsCreatedCount } }
                """, apiKey: WriteAppFactory.EditorKey);
        }

        await DataAsync(client, $$"""
            mutation { linkActorToAlliance(actorId: "{{actor}}", allianceId: "{{y}}", role: PARTNER, since: 2018) { relationshipsCreatedCount } }
            """, apiKey: WriteAppFactory.EditorKey);
        return (actor, other, x, y);
    }

    private static Func<string, object, Task<JsonNode>> Data(HttpClient client) =>
        async (query, variables) => await DataAsync(client, query, variables);
}
