using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Browser.Tests.Subscriptions;

/// <summary>
/// GraphQL subscriptions as a front-end team meets them: the official graphql-sse and graphql-ws clients (npm, run
/// in Node) against the real service on a Kestrel port; writes made by other requests with an editor key.
/// </summary>
public sealed class SubscriptionTests
{
    private const string Key = SubscriptionApiFactory.EditorKey;

    [Fact]
    public async Task A_graphql_sse_subscriber_receives_a_write_made_by_another_request()
    {
        await using var api = new SubscriptionApiFactory();
        var result = await SubscriptionClients.RunAsync("sse-write", new { url = api.Start(), key = Key });

        AssertSawCreation(result);
    }

    [Fact]
    public async Task A_graphql_ws_subscriber_receives_a_write_and_queries_run_over_the_same_socket()
    {
        await using var api = new SubscriptionApiFactory();
        var result = await SubscriptionClients.RunAsync("ws-write", new { url = api.Start(), key = Key });

        AssertSawCreation(result);
        Assert.Equal("Query", result.GetProperty("query")[0].GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_neighbourhood_follower_receives_only_the_changes_of_its_neighbourhood_and_follows_it_as_it_grows()
    {
        await using var api = new SubscriptionApiFactory();
        var result = await SubscriptionClients.RunAsync("neighbourhood", new { url = api.Start(), key = Key, center = "REG-76" });

        var outside = result.GetProperty("outside").GetString()!;
        var inside = result.GetProperty("inside").GetString()!;
        var events = result.GetProperty("events").EnumerateArray().Select(Change).ToList();
        Assert.DoesNotContain(events, change => change.GetRawText().Contains(outside, StringComparison.Ordinal));
        // Creating the actor did not concern the neighbourhood; linking it to the centre did; then it was inside.
        Assert.Equal(2, events.Count);
        var linked = Assert.Single(events[0].GetProperty("relationships").EnumerateArray());
        Assert.Empty(events[0].GetProperty("nodes").EnumerateArray());
        Assert.Equal(("LINKED", "BASED_IN", inside, "ACTOR", "REG-76", "TERRITORY"),
            (Text(linked, "change"), Text(linked, "type"), Text(linked, "startId"), Text(linked, "startLabel"), Text(linked, "endId"), Text(linked, "endLabel")));
        var updated = Assert.Single(events[1].GetProperty("nodes").EnumerateArray());
        Assert.Equal(("UPDATED", inside, "ACTOR"), (Text(updated, "change"), Text(updated, "id"), Text(updated, "label")));

        // A follower of one id saw that node's rename, nothing of the other writes.
        var idEvents = result.GetProperty("idEvents").EnumerateArray().Select(Change).ToList();
        var renamed = Assert.Single(Assert.Single(idEvents).GetProperty("nodes").EnumerateArray());
        Assert.Equal(("UPDATED", outside), (Text(renamed, "change"), Text(renamed, "id")));
    }

    [Fact]
    public async Task Following_an_unknown_node_answers_a_GraphQL_error_with_a_code_and_completes()
    {
        await using var api = new SubscriptionApiFactory();
        var result = await SubscriptionClients.RunAsync("unknown-neighbourhood", new { url = api.Start() });

        var error = Assert.Single(Assert.Single(result.GetProperty("events").EnumerateArray()).GetProperty("errors").EnumerateArray());
        Assert.Equal("UNKNOWN_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(result.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task Protocol_violations_close_the_socket_with_the_graphql_transport_ws_codes()
    {
        await using var api = new SubscriptionApiFactory(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Subscriptions:ConnectionInitTimeout"] = "00:00:01",
            ["KnowledgeGraph:Subscriptions:MaxMessageBytes"] = "2048",
        });
        var result = await SubscriptionClients.RunAsync("ws-codes", new { url = api.Start() });

        Assert.Equal(4408, Code(result, "noInit"));
        Assert.Equal(4429, Code(result, "doubleInit"));
        Assert.Equal(4401, Code(result, "subscribeBeforeAck"));
        Assert.Equal(4409, Code(result, "duplicateId"));
        Assert.Equal(4400, Code(result, "invalidMessage"));
        Assert.Equal(4406, Code(result, "noSubprotocol"));
        Assert.Equal(4400, Code(result, "notJson"));
        Assert.Equal(1009, Code(result, "tooBig"));
        Assert.Equal(["connection_ack", "pong"], result.GetProperty("pingPong").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task When_reads_need_an_identity_anonymous_subscribers_are_refused_and_keyed_ones_served()
    {
        await using var api = new SubscriptionApiFactory(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Auth:RequireAuthenticatedReads"] = "true",
        });
        var url = api.Start();

        var ws = await SubscriptionClients.RunAsync("ws-auth", new { url, key = Key });
        Assert.Equal(4403, ws.GetProperty("anonymous").GetProperty("code").GetInt32());
        Assert.Equal(4403, ws.GetProperty("wrongKey").GetProperty("code").GetInt32());
        Assert.Equal("Query", ws.GetProperty("withKey")[0].GetProperty("data").GetProperty("__typename").GetString());

        var sse = await SubscriptionClients.RunAsync("sse-auth", new { url, key = Key });
        Assert.Equal(401, sse.GetProperty("anonymous").GetProperty("status").GetInt32());
        Assert.Equal("Query", sse.GetProperty("withKey")[0].GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Connections_per_client_and_operations_per_connection_are_limited()
    {
        await using var api = new SubscriptionApiFactory(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Subscriptions:MaxConnectionsPerClient"] = "2",
            ["KnowledgeGraph:Subscriptions:MaxSubscriptionsPerConnection"] = "2",
        });
        var result = await SubscriptionClients.RunAsync("limits", new { url = api.Start() });

        Assert.Equal(1013, result.GetProperty("thirdWebSocket").GetProperty("code").GetInt32());
        Assert.Equal(429, result.GetProperty("sse").GetProperty("status").GetInt32());
        var refused = result.GetProperty("subscriptions").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        var error = Assert.Single(Assert.Single(refused).GetProperty("graphqlErrors").EnumerateArray());
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Operations_over_a_websocket_count_against_the_clients_request_rate()
    {
        await using var api = new SubscriptionApiFactory(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Limits:RateLimitPermits"] = "3",
        });
        var result = await SubscriptionClients.RunAsync("rate-limit", new { url = api.Start(), operations = 4 });

        var answers = result.GetProperty("answers").EnumerateArray().ToList();
        Assert.All(answers.Take(3), answer => Assert.Equal("Query", answer.GetProperty("data").GetProperty("__typename").GetString()));
        var refused = Assert.Single(answers[3].GetProperty("graphqlErrors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", refused.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Shutdown_completes_every_stream_and_closes_websockets_with_1001()
    {
        var api = new SubscriptionApiFactory();
        await using (api)
        {
            using var clients = await SubscriptionClients.StartUntilReadyAsync("shutdown", new { url = api.Start() });
            await api.Services.GetRequiredService<IHost>().StopAsync();
            var result = await SubscriptionClients.ResultOfAsync(clients);

            Assert.Equal(1001, result.GetProperty("ws").GetProperty("close").GetProperty("code").GetInt32());
            Assert.True(result.GetProperty("ws").GetProperty("completed").GetBoolean());
            Assert.True(result.GetProperty("sse").GetProperty("completed").GetBoolean());
        }
    }

    [Fact]
    public async Task Two_instances_sharing_a_Redis_deliver_a_write_on_one_to_a_subscriber_of_the_other()
    {
        await using var redis = await TestRedisServer.StartAsync();
        var prefix = $"kg-test-{Guid.NewGuid():N}:";
        Dictionary<string, string?> Shared() => new()
        {
            ["KnowledgeGraph:Cache:Mode"] = "Redis",
            ["KnowledgeGraph:Cache:Redis"] = redis.ConnectionString,
            ["KnowledgeGraph:Cache:KeyPrefix"] = prefix,
        };
        await using var writer = new SubscriptionApiFactory(Shared());
        await using var reader = new SubscriptionApiFactory(Shared());
        var result = await SubscriptionClients.RunAsync("cross-instance", new { url = writer.Start(), otherUrl = reader.Start(), key = Key });

        AssertSawCreation(result);
    }

    private static void AssertSawCreation(JsonElement result)
    {
        Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
        var written = result.GetProperty("written").EnumerateArray().Select(id => id.GetString()).ToList();
        var created = result.GetProperty("events").EnumerateArray().Select(Change)
            .SelectMany(change => change.GetProperty("nodes").EnumerateArray())
            .Where(node => written.Contains(node.GetProperty("id").GetString()))
            .ToList();
        var node = created.First();
        Assert.Equal(("CREATED", "ACTOR"), (Text(node, "change"), Text(node, "label")));
        var change = result.GetProperty("events").EnumerateArray().Select(Change).First();
        Assert.Contains("ACTOR", change.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.True(change.GetProperty("storeVersion").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(change.GetProperty("dataVersion").GetString()));
    }

    private static JsonElement Change(JsonElement result) => result.GetProperty("data").GetProperty("graphChanged");

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static int Code(JsonElement result, string name) => result.GetProperty(name).GetProperty("code").GetInt32();
}
