namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class ConnectionExecutionTests
{
    private static readonly TestGraph World = SmallWorld.Create();

    [Fact]
    public async Task Nested_connections_carry_edge_properties_and_counts()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("""
            {
              actors(where: { id: { eq: "ACT-ALPHA" } }) {
                nodes {
                  name
                  alliances(order: [{ name: DESC }]) {
                    totalCount
                    edges { role since node { id } }
                  }
                }
              }
            }
            """);
        var alliances = Assert.Single(data.At("actors", "nodes").EnumerateArray()).GetProperty("alliances");
        Assert.Equal(2, alliances.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            ["ALL-ONE INITIATOR 2018", "ALL-FIVE PARTNER -"],
            alliances.GetProperty("edges").EnumerateArray().Select(e =>
                $"{e.At("node", "id").GetString()} {e.GetProperty("role").GetString()} " +
                (e.GetProperty("since").ValueKind == System.Text.Json.JsonValueKind.Null ? "-" : e.GetProperty("since").GetInt32().ToString())));
    }

    [Fact]
    public async Task Edge_conditions_filter_on_the_relationship_properties()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("""
            {
              funders: actors(where: { alliancesEdges: { some: { role: { eq: FUNDER } } } }) { nodes { id } }
              innovationFunders: actors(where: { alliancesEdges: { some: { role: { eq: FUNDER }, node: { category: { eq: SOCIETAL_INNOVATION } } } } }) {
                nodes { id }
              }
            }
            """);
        var funders = World.Relationships.Where(r => r.Definition.Type == "PARTICIPATES_IN" && (string)r.Properties["role"] == "FUNDER").ToList();
        Assert.Equal(funders.Select(r => r.StartId).Distinct().Order(StringComparer.Ordinal), data.At("funders", "nodes").Strings("id"));
        Assert.Equal(
            funders.Where(r => (string)World[r.EndId].Properties["category"] == "SOCIETAL_INNOVATION").Select(r => r.StartId).Distinct().Order(StringComparer.Ordinal),
            data.At("innovationFunders", "nodes").Strings("id"));
        Assert.NotEqual(data.At("funders", "nodes").GetArrayLength(), data.At("innovationFunders", "nodes").GetArrayLength());
    }

    [Fact]
    public async Task Within_matches_the_territory_and_everything_inside_it()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("""
            {
              territories(where: { within: "REG-76" }, order: [{ level: ASC }]) { nodes { id parent { id name } } }
              alliances(where: { territories: { some: { within: "REG-32" } } }) { nodes { id } }
            }
            """);
        var territories = data.At("territories", "nodes");
        // Enums sort by name: COMMUNE, DEPARTMENT, REGION.
        Assert.Equal(["COM-34172", "DEP-34", "REG-76"], territories.Strings("id"));
        Assert.Equal(["DEP-34", "REG-76", "FR"], territories.EnumerateArray().Select(t => t.At("parent", "id").GetString()));
        Assert.Equal(["ALL-TWO"], data.At("alliances", "nodes").Strings("id"));
    }

    [Fact]
    public async Task Cursors_page_forwards_and_backwards()
    {
        using var host = new GraphQLTestHost(World.Build());
        const string page = "totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
        var first = (await host.DataAsync($"{{ actors(first: 3, order: [{{ name: ASC }}]) {{ {page} }} }}")).GetProperty("actors");
        var allNames = World.Nodes.Where(n => n.Label.Name == "Actor").Select(n => n.Id).ToList();
        Assert.Equal(allNames.Count, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ACT-ALPHA", "ACT-ASSO-DEUX", "ACT-ASSO-UN"], first.GetProperty("edges").EnumerateArray().Select(e => e.At("node", "id").GetString()));
        Assert.True(first.At("pageInfo", "hasNextPage").GetBoolean());
        Assert.False(first.At("pageInfo", "hasPreviousPage").GetBoolean());

        var after = first.At("pageInfo", "endCursor").GetString();
        var second = (await host.DataAsync(
            $"query($after: String) {{ actors(first: 3, after: $after, order: [{{ name: ASC }}]) {{ {page} }} }}",
            $$"""{ "after": "{{after}}" }""")).GetProperty("actors");
        Assert.Equal(["ACT-BETA", "ACT-DELTA", "ACT-FONDATION"], second.GetProperty("edges").EnumerateArray().Select(e => e.At("node", "id").GetString()));
        Assert.True(second.At("pageInfo", "hasPreviousPage").GetBoolean());

        var before = second.At("pageInfo", "startCursor").GetString();
        var back = (await host.DataAsync(
            $"{{ actors(last: 2, before: \"{before}\", order: [{{ name: ASC }}]) {{ {page} }} }}")).GetProperty("actors");
        Assert.Equal(["ACT-ASSO-DEUX", "ACT-ASSO-UN"], back.GetProperty("edges").EnumerateArray().Select(e => e.At("node", "id").GetString()));
    }

    [Fact]
    public async Task Aliases_read_the_same_field_twice_with_different_arguments()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("""
            {
              occitanie: territories(where: { id: { eq: "REG-76" } }) {
                nodes {
                  local: alliances(where: { category: { eq: PATRONAGE } }) { nodes { id } }
                  all: alliances { totalCount }
                  kids: children { nodes { name } }
                }
              }
            }
            """);
        var region = Assert.Single(data.At("occitanie", "nodes").EnumerateArray());
        Assert.Equal(["ALL-THREE"], region.At("local", "nodes").Strings("id"));
        Assert.Equal(2, region.At("all", "totalCount").GetInt32());
        Assert.Equal(["Hérault"], region.At("kids", "nodes").Strings("name"));
    }
}
