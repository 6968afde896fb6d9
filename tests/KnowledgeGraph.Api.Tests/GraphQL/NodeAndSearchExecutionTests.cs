namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class NodeAndSearchExecutionTests
{
    private static readonly TestGraph World = SmallWorld.Create();

    [Fact]
    public async Task Node_by_id_answers_with_the_fragment_of_its_label()
    {
        using var host = new GraphQLTestHost(World.Build());
        const string query = """
            query($id: ID!) {
              node(id: $id) {
                __typename
                id
                ... on Territory { name level children { totalCount } }
                ...ActorCard
              }
            }
            fragment ActorCard on Actor { name kind territories { nodes { id } } }
            """;

        var territory = (await host.DataAsync(query, """{ "id": "REG-76" }""")).GetProperty("node");
        Assert.Equal("Territory Occitanie REGION 1", $"{territory.GetProperty("__typename")} {territory.GetProperty("name")} " +
            $"{territory.GetProperty("level")} {territory.At("children", "totalCount")}");
        Assert.False(territory.TryGetProperty("kind", out _));

        var actor = (await host.DataAsync(query, """{ "id": "ACT-ASSO-UN" }""")).GetProperty("node");
        Assert.Equal("Actor Association Un ASSOCIATION DEP-34", $"{actor.GetProperty("__typename")} {actor.GetProperty("name")} " +
            $"{actor.GetProperty("kind")} {string.Join(",", actor.At("territories", "nodes").Strings("id"))}");

        var missing = await host.DataAsync(query, """{ "id": "ACT-NOBODY" }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, missing.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Search_ranks_hits_and_projects_each_label()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("""
            {
              search(text: "association", labels: [ACTOR, ALLIANCE]) {
                score
                node { __typename id ... on Actor { name kind } ... on Alliance { category } }
              }
            }
            """);
        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.Equal(["ACT-ASSO-DEUX", "ACT-ASSO-UN"], hits.Select(h => h.At("node", "id").GetString()));
        Assert.All(hits, h => Assert.Equal(3, h.GetProperty("score").GetInt32()));
        Assert.All(hits, h => Assert.Equal("ASSOCIATION", h.At("node", "kind").GetString()));

        var accentless = await host.DataAsync("""{ search(text: "ECONOMIQUE") { score node { id } } }""");
        var hit = Assert.Single(accentless.GetProperty("search").EnumerateArray());
        Assert.Equal(("ACT-ASSO-UN", 1), (hit.At("node", "id").GetString(), hit.GetProperty("score").GetInt32()));
    }
}
