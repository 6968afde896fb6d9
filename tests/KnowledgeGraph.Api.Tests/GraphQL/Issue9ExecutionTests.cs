using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Count filters, orders through relationships and aggregates, executed end to end on the embedded store.</summary>
public sealed class Issue9ExecutionTests
{
    private static readonly TestGraph World = SmallWorld.Create();

    [Fact]
    public async Task Count_filters_and_count_orders_answer_in_one_store_read()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("""
            {
              big: alliances(where: { participantsCount: { gte: 4 } }) { nodes { id } }
              funded: alliances(where: { participantsCount: { eq: 1, edgeWhere: { role: { eq: FUNDER } } } }, order: [{ name: ASC }]) { nodes { id } }
              engaged: actors(order: [{ alliancesCount: DESC }], first: 1) { nodes { id alliances { totalCount } } }
            }
            """);

        Assert.Equal(["ALL-FIVE"], data.At("big", "nodes").Strings("id"));
        Assert.Equal(["ALL-FIVE", "ALL-FOUR", "ALL-THREE"], data.At("funded", "nodes").Strings("id"));
        Assert.Equal("ACT-ASSO-UN", data.At("engaged", "nodes")[0].GetProperty("id").GetString());
        Assert.Equal(3, data.At("engaged", "nodes")[0].At("alliances", "totalCount").GetInt32());
        Assert.Equal(1, host.Store.Calls);
    }

    [Fact]
    public async Task Aggregates_resolve_counts_numbers_and_enum_values()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("{ alliances { aggregate { count startYear { min max sum avg } endYear { min avg } category { value count } } } }");
        var aggregate = data.At("alliances", "aggregate");

        Assert.Equal(5, aggregate.GetProperty("count").GetInt32());
        Assert.Equal("""{"min":2018,"max":2020,"sum":4038,"avg":2019}""", aggregate.GetProperty("startYear").GetRawText());
        Assert.Equal(JsonValueKind.Null, aggregate.At("endYear", "min").ValueKind);
        Assert.Equal("""[{"value":"SOCIETAL_INNOVATION","count":4},{"value":"PATRONAGE","count":1}]""", aggregate.GetProperty("category").GetRawText());
    }
}
