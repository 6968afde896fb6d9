using System.Diagnostics;
using System.Net;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>A query whose store read outlasts the configured timeout is cancelled, store work included.</summary>
public sealed class QueryTimeoutTests : IAsyncLifetime
{
    private readonly TokenAwaitingGraphStoreStub store = new();
    private LimitsAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new LimitsAppFactory(new Dictionary<string, string> { ["QueryTimeout"] = "00:00:00.300" }, store);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_query_still_running_at_the_timeout_is_stopped_with_QUERY_TIMEOUT()
    {
        var clock = Stopwatch.StartNew();

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), "{ actors { totalCount } }");

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.ServiceUnavailable, "QUERY_TIMEOUT");
        Assert.Equal("The query did not finish within 0.3 seconds and was stopped. Ask for less: smaller pages, fewer nested lists or a narrower filter.", message);
        Assert.True(store.Cancelled.IsCompleted, "the store read's token was not cancelled");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains(factory.Logs.Entries, log => log.Message.Contains("query timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Queries_that_need_no_store_read_are_not_affected()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), "{ __typename }");

        GraphQLPost.AssertAnswered(response, body);
    }
}
