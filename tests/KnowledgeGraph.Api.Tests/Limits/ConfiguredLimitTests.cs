using System.Net;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Limits set through configuration: introspection off, a smaller page size, and settings refused at start-up.</summary>
public sealed class ConfiguredLimitTests : IAsyncLifetime
{
    private LimitsAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new LimitsAppFactory(new Dictionary<string, string>
        {
            ["IntrospectionEnabled"] = "false",
            ["MaxPageSize"] = "100",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData("{ __schema { queryType { name } } }", "__schema")]
    [InlineData("{ __type(name: \"Actor\") { name } }", "__type")]
    [InlineData("{ actors(first: 1) { nodes { id } } ...F } fragment F on Query { __type(name: \"Actor\") { name } }", "__type")]
    public async Task Introspection_turned_off_is_refused(string query, string field)
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "INTROSPECTION_DISABLED");
        Assert.Equal($"Introspection (`{field}`) is turned off on this server; the schema is published with the API documentation.", message);
    }

    [Fact]
    public async Task Typename_is_not_introspection()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), "{ __typename domains(first: 1) { __typename } }");

        GraphQLPost.AssertAnswered(response, body);
    }

    [Fact]
    public async Task A_page_above_the_configured_maximum_is_INVALID_PAGINATION()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), "{ actors(first: 10) { nodes { alliances(last: 101) { totalCount } } } }");

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "INVALID_PAGINATION");
        Assert.Equal("`last` on `alliances` must be between 0 and 100; it was 101.", message);
    }

    [Fact]
    public async Task A_page_at_the_configured_maximum_is_answered()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), "{ actors(first: 100) { totalCount } }");

        GraphQLPost.AssertAnswered(response, body);
    }

    [Theory]
    [InlineData("MaxPageSize", "2000", "MaxPageSize must be between 1 and 1000")]
    [InlineData("MaxDepth", "0", "MaxDepth must be positive")]
    [InlineData("QueryTimeout", "00:00:00", "QueryTimeout must be positive")]
    [InlineData("HeavyWorkThreads", "0", "HeavyWorkThreads must be between 1 and 1024; it is 0.")]
    [InlineData("HeavyWorkNice", "20", "HeavyWorkNice must be between 0 (the priority of ordinary requests) and 19; it is 20.")]
    public async Task Settings_the_service_cannot_honour_stop_it_at_start_up(string key, string value, string problem)
    {
        await using var invalid = new LimitsAppFactory(new Dictionary<string, string> { [key] = value });

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => invalid.CreateClient());

        Assert.Contains(problem, failure.Message);
    }
}
