using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>
/// The endpoint keeps the parsed form of POST bodies it has seen: a repeated body must be answered exactly as the
/// first time, and everything checked before parsing (method, Content-Type, size) is still checked every time.
/// </summary>
public sealed class RepeatedRequestTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    [Fact]
    public async Task A_repeated_body_gets_the_same_answer()
    {
        const string body = """{"query":"query ($who: String) { hello(name: $who) }","variables":{"who":"Grace"}}""";
        for (var i = 0; i < 3; i++)
            await ResponseAssert.JsonAsync(await server.PostAsync(body), 200, GraphQLResponse, """{"data":{"hello":"Hello, Grace!"}}""");
    }

    [Fact]
    public async Task The_same_query_with_other_variables_gets_its_own_answer()
    {
        static string Body(int n) => $$$"""{"query":"query ($n: Int!) { twice(n: $n) }","variables":{"n":{{{n}}}}}""";
        await ResponseAssert.JsonAsync(await server.PostAsync(Body(1)), 200, GraphQLResponse, """{"data":{"twice":2}}""");
        await ResponseAssert.JsonAsync(await server.PostAsync(Body(5)), 200, GraphQLResponse, """{"data":{"twice":10}}""");
        await ResponseAssert.JsonAsync(await server.PostAsync(Body(1)), 200, GraphQLResponse, """{"data":{"twice":2}}""");
    }

    [Fact]
    public async Task A_repeated_operation_name_selects_the_same_operation_each_time()
    {
        const string query = "query A { hello } query B { twice(n: 3) }";
        for (var i = 0; i < 2; i++)
        {
            await ResponseAssert.JsonAsync(await server.PostAsync($$"""{"query":"{{query}}","operationName":"B"}"""), 200, GraphQLResponse, """{"data":{"twice":6}}""");
            await ResponseAssert.JsonAsync(await server.PostAsync($$"""{"query":"{{query}}","operationName":"A"}"""), 200, GraphQLResponse, """{"data":{"hello":"Hello, world!"}}""");
        }
    }

    [Theory]
    [InlineData("""{"query":"{ hello }" """, "INVALID_JSON")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"\ud800"}""", "INVALID_JSON")]
    public async Task A_refused_body_is_refused_again(string body, string code)
    {
        for (var i = 0; i < 2; i++)
            await ResponseAssert.RequestErrorAsync(await server.PostAsync(body), 400, GraphQLResponse, code);
    }

    [Fact]
    public async Task A_known_body_is_still_refused_under_an_unsupported_content_type()
    {
        const string body = """{"query":"{ hello }"}""";
        await ResponseAssert.JsonAsync(await server.PostAsync(body), 200, GraphQLResponse, """{"data":{"hello":"Hello, world!"}}""");
        await ResponseAssert.RequestErrorAsync(await server.PostAsync(body, contentType: "text/plain"), 415, GraphQLResponse, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_every_time()
    {
        const string body = """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""";
        for (var i = 0; i < 2; i++)
            await ResponseAssert.RequestErrorAsync(await server.PostAsync(body, path: "/small"), 413, GraphQLResponse, "PAYLOAD_TOO_LARGE");
    }
}
