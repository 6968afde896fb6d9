using System.Net;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Per-client rate limiting on the GraphQL endpoint, with a low configured rate.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private LimitsAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new LimitsAppFactory(new Dictionary<string, string>
        {
            ["RateLimitPermits"] = "3",
            ["RateLimitWindow"] = "00:01:00",
        }, apiKeys: ["newsroom-a", "newsroom-b"]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_request_over_the_rate_gets_429_with_Retry_After_and_RATE_LIMITED()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var (ok, okBody) = await GraphQLPost.SendAsync(client, "{ __typename }", apiKey: "reporter-1");
            GraphQLPost.AssertAnswered(ok, okBody);
        }

        var (response, body) = await GraphQLPost.SendAsync(client, "{ __typename }", apiKey: "reporter-1");

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal($"Too many requests: a client may send 3 requests every minute. Retry in {retryAfter} s.", message);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Retry_After_is_the_time_left_in_the_window_not_the_whole_window()
    {
        await using var slow = new LimitsAppFactory(new Dictionary<string, string>
        {
            ["RateLimitPermits"] = "1",
            ["RateLimitWindow"] = "00:00:20",
        });
        var client = slow.CreateClient();
        var (ok, okBody) = await GraphQLPost.SendAsync(client, "{ __typename }");
        GraphQLPost.AssertAnswered(ok, okBody);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var (response, body) = await GraphQLPost.SendAsync(client, "{ __typename }");

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        // At least 3 s of the 20 s window have passed since the client's first request opened it.
        Assert.InRange(retryAfter, 1, 17);
        Assert.EndsWith($"Retry in {retryAfter} s.", message);
    }

    [Fact]
    public async Task Each_verified_api_key_has_its_own_allowance()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 4; i++)
            await GraphQLPost.SendAsync(client, "{ __typename }", apiKey: "newsroom-a");

        var (response, body) = await GraphQLPost.SendAsync(client, "{ __typename }", apiKey: "newsroom-b");

        GraphQLPost.AssertAnswered(response, body);
    }

    [Fact]
    public async Task Changing_an_unverified_key_header_does_not_buy_a_new_allowance()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            await GraphQLPost.SendAsync(client, "{ __typename }", apiKey: $"made-up-{i}");

        var (response, body) = await GraphQLPost.SendAsync(client, "{ __typename }", apiKey: "made-up-again");

        GraphQLPost.AssertRefused(response, body, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
    }
}
