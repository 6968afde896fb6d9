using System.Net;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Hostile shapes against the real app with its default limits: too deep, too costly, a fragment bomb.</summary>
public sealed class DepthAndCostLimitTests(KnowledgeGraphAppFactory factory) : IClassFixture<KnowledgeGraphAppFactory>
{
    [Fact]
    public async Task A_query_nested_deeper_than_12_levels_is_refused()
    {
        // territories > nodes > parent x11 > id: 14 levels, each page small so that only the depth is too much.
        var query = "{ territories(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 11)) + "id"
            + new string('}', 11) + " } } }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED");
        Assert.Equal("The query nests fields 14 levels deep; this API allows at most 12. Ask for fewer nested fields, or split the query.", message);
    }

    [Fact]
    public async Task A_query_at_the_depth_limit_is_answered()
    {
        var query = "{ territories(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 9)) + "id"
            + new string('}', 9) + " } } }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        GraphQLPost.AssertAnswered(response, body);
    }

    [Fact]
    public async Task Nested_pages_of_a_thousand_are_refused_with_their_cost()
    {
        const string query = "{ actors(first: 1000) { nodes { alliances(first: 1000) { nodes { id } } } } }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED");
        Assert.StartsWith("The query could return up to 1,002,001 objects (its estimated cost); this API allows at most 500,000.", message);
    }

    [Fact]
    public async Task Page_sizes_given_as_variables_count_too()
    {
        const string query = "query($n: Int) { actors(first: $n) { nodes { alliances(first: $n) { nodes { id } } } } }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query, variables: new { n = 1000 });

        GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED");
    }

    [Fact]
    public async Task A_fragment_bomb_is_measured_quickly_and_refused()
    {
        // Each fragment spreads the next twice: 2^20 copies of the last one if they were expanded, at no extra depth.
        var fragments = Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Actor {{ ...F{i + 1} ...F{i + 1} }}");
        var query = "{ actors(first: 1) { nodes { ...F0 } } } " + string.Join(" ", fragments)
            + " fragment F20 on Actor { alliances(first: 1) { totalCount } }";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        // Refused before validation: 2^20 selections once the fragments are expanded.
        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_SELECTIONS_EXCEEDED");
        Assert.StartsWith("The operation holds more than 5000 selections", message);

        // Without the selection budget, the cost model still measures it in linear time and refuses it.
        await using var unbudgeted = new LimitsAppFactory(new Dictionary<string, string> { ["MaxSelections"] = "2000000000" });
        (response, body) = await GraphQLPost.SendAsync(unbudgeted.CreateClient(), query);
        message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED");
        Assert.StartsWith("The query could return up to 1,048,578 objects", message);
    }
}
