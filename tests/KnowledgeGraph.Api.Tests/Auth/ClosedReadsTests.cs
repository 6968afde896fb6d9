using System.Net;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Auth;

public sealed class ClosedReadsTests : IAsyncLifetime
{
    private readonly WriteAppFactory app = new() { Settings = { ["KnowledgeGraph:Auth:RequireAuthenticatedReads"] = "true" } };

    [Fact]
    public async Task With_closed_reads_a_query_needs_an_identity_of_any_role()
    {
        var client = app.CreateClient();
        var (status, body) = await PostAsync(client, """{ node(id: "FR") { id } }""");
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (status, ErrorCodes(body).Single()));

        var data = await DataAsync(client, """{ node(id: "FR") { id } }""", apiKey: WriteAppFactory.NoRoleKey);
        Assert.Equal("FR", (string)data["node"]!["id"]!);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
