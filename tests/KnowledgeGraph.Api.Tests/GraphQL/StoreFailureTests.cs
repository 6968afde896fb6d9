using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class StoreFailureTests
{
    [Fact]
    public async Task A_store_outage_keeps_its_code_and_message()
    {
        using var host = new GraphQLTestHost(new FailingGraphStoreStub(new StoreException("DATABASE_UNAVAILABLE", "The graph database is unavailable.")));
        var response = await host.ExecuteAsync("{ actors { totalCount } }");
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("DATABASE_UNAVAILABLE", error.At("extensions", "code").GetString());
        Assert.Equal("The graph database is unavailable.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unexpected_failure_is_an_internal_error_without_details()
    {
        using var host = new GraphQLTestHost(new FailingGraphStoreStub(new InvalidOperationException("secret connection string xyz")));
        var response = await host.ExecuteAsync("{ actors { totalCount } territories { totalCount } }");
        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("INTERNAL_SERVER_ERROR", e.At("extensions", "code").GetString()));
        Assert.DoesNotContain("secret", response.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, host.Store.Calls);
    }
}
