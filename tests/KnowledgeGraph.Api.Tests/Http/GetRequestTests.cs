using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

public sealed class GetRequestTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    [Fact]
    public async Task Executes_a_query_from_the_query_string() =>
        await ResponseAssert.JsonAsync(
            await server.GetAsync(ProtocolServer.Url("/graphql", ("query", "{ hello }"))), 200, GraphQLResponse,
            """{"data":{"hello":"Hello, world!"}}""");

    [Fact]
    public async Task Passes_variables_and_extensions_given_as_json() =>
        await ResponseAssert.JsonAsync(
            await server.GetAsync(ProtocolServer.Url("/graphql",
                ("query", "query ($n: Int!) { twice(n: $n) extensionKeys }"), ("variables", """{"n":5}"""), ("extensions", """{"a":1}"""))),
            200, GraphQLResponse, """{"data":{"twice":10,"extensionKeys":["a"]}}""");

    [Fact]
    public async Task Selects_the_named_operation() =>
        await ResponseAssert.JsonAsync(
            await server.GetAsync(ProtocolServer.Url("/graphql", ("query", "query A { hello } query B { twice(n: 3) }"), ("operationName", "B"))),
            200, GraphQLResponse, """{"data":{"twice":6}}""");

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Refuses_a_mutation_with_405_and_allow_post(string accept)
    {
        var response = await server.GetAsync(ProtocolServer.Url("/graphql", ("query", "mutation { shout(text: \"x\") }")), accept);

        await ResponseAssert.RequestErrorAsync(response, 405, accept, "METHOD_NOT_ALLOWED");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Refuses_a_mutation_selected_by_operation_name_but_runs_the_query_beside_it()
    {
        const string document = "query Q { hello } mutation M { shout(text: \"x\") }";

        var mutation = await server.GetAsync(ProtocolServer.Url("/graphql", ("query", document), ("operationName", "M")));
        var query = await server.GetAsync(ProtocolServer.Url("/graphql", ("query", document), ("operationName", "Q")));

        Assert.Equal(405, (int)mutation.StatusCode);
        await ResponseAssert.JsonAsync(query, 200, GraphQLResponse, """{"data":{"hello":"Hello, world!"}}""");
    }

    [Fact]
    public async Task Refuses_get_where_the_endpoint_allows_post_only()
    {
        var response = await server.GetAsync(ProtocolServer.Url("/post-only", ("query", "{ hello }")));

        await ResponseAssert.JsonAsync(response, 405, GraphQLResponse,
            ResponseAssert.Error("Method GET is not allowed; use POST.", "METHOD_NOT_ALLOWED"));
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Requires_the_query_parameter() =>
        await ResponseAssert.JsonAsync(
            await server.GetAsync("/graphql"), 400, GraphQLResponse,
            ResponseAssert.Error("The 'query' parameter is required.", "INVALID_REQUEST"));

    [Fact]
    public async Task Refuses_variables_that_are_not_json()
    {
        var response = await server.GetAsync(ProtocolServer.Url("/graphql", ("query", "{ hello }"), ("variables", "{n:")));

        var body = await ResponseAssert.RequestErrorAsync(response, 400, GraphQLResponse, "INVALID_JSON");
        Assert.StartsWith("The 'variables' parameter is not valid JSON", (string?)body["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Refuses_variables_that_are_not_an_object() =>
        await ResponseAssert.JsonAsync(
            await server.GetAsync(ProtocolServer.Url("/graphql", ("query", "{ hello }"), ("variables", "[7]"))), 400, GraphQLResponse,
            ResponseAssert.Error("The 'variables' parameter must be a JSON object.", "INVALID_REQUEST"));

    [Fact]
    public async Task Refuses_a_repeated_parameter() =>
        await ResponseAssert.JsonAsync(
            await server.GetAsync("/graphql?query=%7Bhello%7D&query=%7Bboom%7D"), 400, GraphQLResponse,
            ResponseAssert.Error("The 'query' parameter must be given once.", "INVALID_REQUEST"));
}
