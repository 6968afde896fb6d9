using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>The response media type follows Accept; application/graphql-response+json is preferred.</summary>
public sealed class MediaTypeTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    private const string Hello = """{"data":{"hello":"Hello, world!"}}""";

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json", Json)]
    [InlineData("text/plain, */*;q=0.1", GraphQLResponse)]
    [InlineData("Application/GraphQL-Response+JSON", GraphQLResponse)]
    [InlineData("APPLICATION/JSON", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.9", Json)]
    [InlineData("application/json;q=0.8, text/plain, application/graphql-response+json;q=0.9", GraphQLResponse)]
    public async Task Answers_in_the_preferred_acceptable_type(string? accept, string expected)
    {
        await ResponseAssert.JsonAsync(await server.PostAsync("""{"query":"{ hello }"}""", accept), 200, expected, Hello);
        await ResponseAssert.JsonAsync(await server.GetAsync(ProtocolServer.Url("/graphql", ("query", "{ hello }")), accept), 200, expected, Hello);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task Refuses_with_406_when_no_graphql_response_type_is_acceptable(string accept) =>
        await ResponseAssert.JsonAsync(await server.PostAsync("""{"query":"{ hello }"}""", accept), 406, Json,
            ResponseAssert.Error("Accept must allow 'application/graphql-response+json' or 'application/json'.", "NOT_ACCEPTABLE"));

    [Fact]
    public async Task Checks_accept_before_reading_the_body() =>
        Assert.Equal(406, (int)(await server.PostAsync("NONSENSE", "text/plain")).StatusCode);
}
