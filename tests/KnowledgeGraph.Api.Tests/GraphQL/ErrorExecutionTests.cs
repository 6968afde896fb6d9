namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class ErrorExecutionTests
{
    private static readonly TestGraph World = SmallWorld.Create();

    [Theory]
    [InlineData("{ actors(first: 1, last: 1) { totalCount } }", "INVALID_PAGINATION")]
    [InlineData("{ actors(first: 1001) { totalCount } }", "INVALID_PAGINATION")]
    [InlineData("{ actors { nodes { alliances(last: -1) { totalCount } } } }", "INVALID_PAGINATION")]
    [InlineData("{ territories(where: { within: \"REG-99\" }) { totalCount } }", "UNKNOWN_ID")]
    [InlineData("{ actors(after: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ actors(where: { name: { in: null } }) { totalCount } }", "INVALID_FILTER")]
    public async Task Refused_reads_carry_a_stable_code(string query, string code)
    {
        using var host = new GraphQLTestHost(World.Build());
        Assert.Equal([code], await host.ErrorCodesAsync(query));
    }

    [Fact]
    public async Task A_refused_read_fails_every_root_field_with_the_same_code()
    {
        using var host = new GraphQLTestHost(World.Build());
        var codes = await host.ErrorCodesAsync("{ a: actors(first: -1) { totalCount } b: territories { totalCount } }");
        Assert.Equal(["INVALID_PAGINATION", "INVALID_PAGINATION"], codes);
    }

    [Theory]
    [InlineData("{ actors { nodes { nickname } } }")]
    [InlineData("{ actors(where: { kind: { eq: PIRATE } }) { totalCount } }")]
    [InlineData("{ actors(order: [{ alliances: ASC }]) { totalCount } }")]
    [InlineData("{ actors { nodes { id } ")]
    [InlineData("query($n: Int!) { actors(first: $n) { totalCount } }")]
    public async Task Invalid_documents_are_refused_by_validation_with_a_code(string query)
    {
        using var host = new GraphQLTestHost(World.Build());
        var codes = await host.ErrorCodesAsync(query);
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.False(string.IsNullOrEmpty(code)));
        Assert.Equal(0, host.Store.Calls);
    }

    [Fact]
    public async Task No_stack_trace_or_exception_text_reaches_the_client()
    {
        using var host = new GraphQLTestHost(World.Build());
        var response = await host.ExecuteAsync("{ actors(after: \"not-a-cursor\") { totalCount } }");
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.False(error.GetProperty("extensions").TryGetProperty("details", out _));
    }
}
