using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>
/// Status codes of well-formed requests (GraphQL over HTTP, "Status Codes"): with application/graphql-response+json a
/// request error (no data) is 400; with application/json everything is 200; execution always 200.
/// </summary>
public sealed class StatusCodeTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    public static TheoryData<string, string> RequestErrors => new()
    {
        { """{"query":"{"}""", "SYNTAX_ERROR" },
        { """{"query":"{ nope }"}""", "FIELDS_ON_CORRECT_TYPE" },
        { """{"query":"query A { hello } query B { hello }"}""", "NO_OPERATION_NAME" },
        { """{"query":"query A { hello }","operationName":"Z"}""", "INVALID_OPERATION_NAME" },
        { """{"query":"query ($n: Int!) { twice(n: $n) }","variables":{"n":"many"}}""", "INVALID_VALUE" },
        { """{"query":"query ($n: Int!) { twice(n: $n) }"}""", "INVALID_VALUE" },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task A_request_error_is_400_with_graphql_response_json(string body, string code) =>
        await ResponseAssert.RequestErrorAsync(await server.PostAsync(body, GraphQLResponse), 400, GraphQLResponse, code);

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task A_request_error_is_200_with_application_json(string body, string code) =>
        await ResponseAssert.RequestErrorAsync(await server.PostAsync(body, Json), 200, Json, code);

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_field_error_with_partial_data_is_200(string accept)
    {
        var response = await server.PostAsync("""{"query":"{ hello boom }"}""", accept);

        await ResponseAssert.JsonAsync(response, 200, accept, """
            {
              "errors": [{
                "message": "Internal server error.",
                "locations": [{ "line": 1, "column": 9 }],
                "path": ["boom"],
                "extensions": { "code": "INTERNAL_SERVER_ERROR", "codes": ["INTERNAL_SERVER_ERROR"] }
              }],
              "data": { "hello": "Hello, world!", "boom": null }
            }
            """);
    }
}
