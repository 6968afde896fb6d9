using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Tests.TestGraphs;

namespace KnowledgeGraph.Neo4j.Tests.Service;

/// <summary>
/// Neo4j going away and coming back, simulated by cutting a TCP relay between the app and the real server: a clear
/// GraphQL error and a not-ready state while it is away, answers again once it is back, without a restart.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jOutageTests(Neo4jTestServer server)
{
    private const string Query = "{ territories(order: [{ name: ASC }]) { totalCount nodes { name } } }";

    [Fact]
    public async Task A_mid_way_outage_is_database_unavailable_and_not_ready_then_the_service_recovers()
    {
        await server.ResetAsync(TestGraph.Schema, TestGraph.France().Build());
        await using var relay = new TcpFaultSimulator(new Uri(Neo4jAppFactory.TestUri));
        await using var app = new Neo4jAppFactory(relay.BoltUri);
        var client = app.CreateClient();
        await AssertAnswersAsync(client);

        relay.Cut();
        await AssertUnavailableAsync(client);

        relay.Restore();
        await AssertAnswersAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Neo4j_away_at_start_does_not_stop_the_service_which_answers_once_it_is_back()
    {
        await server.ResetAsync(TestGraph.Schema, TestGraph.France().Build());
        await using var relay = new TcpFaultSimulator(new Uri(Neo4jAppFactory.TestUri));
        relay.Cut();
        await using var app = new Neo4jAppFactory(relay.BoltUri);
        var client = app.CreateClient();

        await AssertUnavailableAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        relay.Restore();
        await AssertAnswersAsync(client);
    }

    private static async Task AssertAnswersAsync(HttpClient client)
    {
        var (status, text, json) = await GraphQLCall.PostAsync(client, Query);
        Assert.True(status == HttpStatusCode.OK && !json.ContainsKey("errors"), text);
        Assert.Equal(6, (int)json["data"]!["territories"]!["totalCount"]!);
    }

    private static async Task AssertUnavailableAsync(HttpClient client)
    {
        var (_, text, json) = await GraphQLCall.PostAsync(client, Query);
        Assert.Equal("DATABASE_UNAVAILABLE", GraphQLCall.FirstErrorCode(json));
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Unhealthy", (string?)report["status"]);
        Assert.Equal("Unhealthy", (string?)report["entries"]!["graph-store"]!["status"]);
    }
}
