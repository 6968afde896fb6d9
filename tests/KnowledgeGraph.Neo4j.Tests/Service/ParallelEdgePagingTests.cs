using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Tests.Paging;
using static KnowledgeGraph.Tests.Paging.ParallelParticipationWalk;

namespace KnowledgeGraph.Neo4j.Tests.Service;

/// <summary>
/// Through the whole service on the real Neo4j: paging one edge at a time through a nested connection whose
/// relationship has parallels (an actor taking part in one alliance in several roles and years, seeded in no
/// particular order), forward with first/after and backward with last/before, every edge comes exactly once, parallels
/// to one node ordered by their identifying values (role, then since, a missing year last) after the node's own order,
/// as on the embedded store.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ParallelEdgePagingTests(Neo4jTestServer server)
{
    private static readonly TestGraph Graph = TestGraph.France()
        .Actor("ACT-1", "Often", "COMPANY")
        .Actor("ACT-2", "Once", "ASSOCIATION")
        .Alliance("ALL-X", "Xenon", "PATRONAGE")
        .Alliance("ALL-Y", "Ytterbium", "PATRONAGE")
        .Participates("ACT-1", "ALL-X", "PARTNER", 2019)
        .Participates("ACT-2", "ALL-X", "PARTNER", 2020)
        .Participates("ACT-1", "ALL-X", "FUNDER")
        .Participates("ACT-1", "ALL-X", "INITIATOR", 2019)
        .Participates("ACT-1", "ALL-X", "FUNDER", 2015)
        .Participates("ACT-1", "ALL-Y", "PARTNER", 2018);

    private static readonly string[] AtX = ["ALL-X FUNDER 2015", "ALL-X FUNDER -", "ALL-X INITIATOR 2019", "ALL-X PARTNER 2019"];

    [Theory]
    [MemberData(nameof(PageShapes), MemberType = typeof(ParallelParticipationWalk))]
    public async Task An_actors_parallel_participations_are_each_seen_once_forward_and_backward(string order, int size)
    {
        await server.ResetAsync(TestGraph.Schema, Graph.Build());
        await using var app = new Neo4jAppFactory(Neo4jAppFactory.TestUri);
        var client = app.CreateClient();
        // Xenon and Ytterbium: the name order (descending) puts ALL-Y first; the id order puts ALL-X first.
        string[] expected = order.Length == 0 ? [.. AtX, "ALL-Y PARTNER 2018"] : ["ALL-Y PARTNER 2018", .. AtX];

        Assert.Equal(expected, await ForwardAsync(Data(client), "ACT-1", "Actor", $"alliances({order}", size));
        Assert.Equal(expected, await BackwardAsync(Data(client), "ACT-1", "Actor", $"alliances({order}", size));
    }

    [Fact]
    public async Task An_alliances_participants_page_through_parallels_of_each_actor_in_turn()
    {
        await server.ResetAsync(TestGraph.Schema, Graph.Build());
        await using var app = new Neo4jAppFactory(Neo4jAppFactory.TestUri);
        var client = app.CreateClient();
        string[] expected = ["ACT-1 FUNDER 2015", "ACT-1 FUNDER -", "ACT-1 INITIATOR 2019", "ACT-1 PARTNER 2019", "ACT-2 PARTNER 2020"];

        Assert.Equal(expected, await ForwardAsync(Data(client), "ALL-X", "Alliance", "participants(", 1));
        Assert.Equal(expected, await BackwardAsync(Data(client), "ALL-X", "Alliance", "participants(", 1));
    }

    private static Func<string, object, Task<JsonNode>> Data(HttpClient client) => async (query, variables) =>
    {
        var (status, text, json) = await GraphQLCall.PostAsync(client, query, variables);
        Assert.True(status == HttpStatusCode.OK && !json.ContainsKey("errors"), text);
        return json["data"]!;
    };
}
