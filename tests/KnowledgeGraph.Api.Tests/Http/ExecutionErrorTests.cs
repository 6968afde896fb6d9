using Microsoft.Extensions.Logging;
using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>What a client sees of exceptions thrown by resolvers, and what the log keeps.</summary>
public sealed class ExecutionErrorTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    [Fact]
    public async Task An_unhandled_exception_is_reported_without_its_message_and_logged_with_it()
    {
        var response = await server.PostAsync("""{"query":"{ boom }"}""");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("\"INTERNAL_SERVER_ERROR\"", body);
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body);
        Assert.Contains(server.Logs.Entries, log =>
            log.Level == LogLevel.Error && log.Exception?.Message == ProtocolTestSchema.SecretDetail && log.Message.Contains("boom"));
    }

    [Fact]
    public async Task A_store_exception_keeps_its_code_and_message() =>
        await ResponseAssert.JsonAsync(await server.PostAsync("""{"query":"{ unknownNode }"}"""), 200, GraphQLResponse, """
            {
              "errors": [{
                "message": "No node has the id 'ACT-NOPE'.",
                "locations": [{ "line": 1, "column": 3 }],
                "path": ["unknownNode"],
                "extensions": { "code": "UNKNOWN_ID", "codes": ["UNKNOWN_ID"] }
              }],
              "data": { "unknownNode": null }
            }
            """);
}
