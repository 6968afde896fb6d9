using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

public sealed class PostRequestTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    [Fact]
    public async Task Executes_a_query() =>
        await ResponseAssert.JsonAsync(
            await server.PostAsync("""{"query":"{ hello }"}"""), 200, GraphQLResponse, """{"data":{"hello":"Hello, world!"}}""");

    [Fact]
    public async Task Passes_variables() =>
        await ResponseAssert.JsonAsync(
            await server.PostAsync("""{"query":"query ($n: Int!, $who: String) { twice(n: $n) hello(name: $who) }","variables":{"n":21,"who":"Ada"}}"""),
            200, GraphQLResponse, """{"data":{"twice":42,"hello":"Hello, Ada!"}}""");

    [Theory]
    [InlineData("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""")]
    [InlineData("""{"query":"{ hello }","operationName":""}""")]
    public async Task Treats_null_and_empty_optional_parameters_as_absent(string body) =>
        await ResponseAssert.JsonAsync(await server.PostAsync(body), 200, GraphQLResponse, """{"data":{"hello":"Hello, world!"}}""");

    [Fact]
    public async Task Selects_the_named_operation() =>
        await ResponseAssert.JsonAsync(
            await server.PostAsync("""{"query":"query A { hello } query B { twice(n: 2) }","operationName":"B"}"""),
            200, GraphQLResponse, """{"data":{"twice":4}}""");

    [Fact]
    public async Task Passes_extensions_to_the_execution() =>
        await ResponseAssert.JsonAsync(
            await server.PostAsync("""{"query":"{ extensionKeys }","extensions":{"tracing":true,"persistedQuery":{"version":1}}}"""),
            200, GraphQLResponse, """{"data":{"extensionKeys":["persistedQuery","tracing"]}}""");

    [Fact]
    public async Task Executes_a_mutation() =>
        await ResponseAssert.JsonAsync(
            await server.PostAsync("""{"query":"mutation { shout(text: \"hi\") }"}"""), 200, GraphQLResponse, """{"data":{"shout":"HI"}}""");

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Accepts_json_with_or_without_a_utf8_charset(string contentType) =>
        await ResponseAssert.JsonAsync(
            await server.PostAsync("""{"query":"{ hello }"}""", contentType: contentType), 200, GraphQLResponse,
            """{"data":{"hello":"Hello, world!"}}""");
}
