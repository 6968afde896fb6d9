using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using KnowledgeGraph.Api.Limits.Fairness;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// Through HTTP, two clients told apart by their API keys and a lane of one thread: the client with four analytics
/// requests in the lane makes the other's one question wait for one of them, not for all. Each subclass asks through
/// another door: GraphQL through the response cache (which computes in a flow of its own), GraphQL without it, the
/// exports (whose client the request pipeline tells the lane), and GraphQL over WebSocket (whose client is the identity
/// of its <c>connection_init</c>, not of the upgrade request).
/// </summary>
public abstract class HeavyWorkTurnsTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim releaseHolder = new();
    private readonly ManualResetEventSlim probeStarted = new();
    private readonly ManualResetEventSlim releaseProbe = new();
    private LimitsAppFactory factory = null!;
    private HeavyWorkLane lane = null!;

    protected LimitsAppFactory Factory => factory;

    /// <summary>Settings besides the lane's, full keys.</summary>
    protected abstract IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The flooder's question number <paramref name="number"/> (0–3), each its own piece of work; ends when answered.</summary>
    protected abstract Task AskAsFlooderAsync(HttpClient client, int number);

    /// <summary>The researcher's question, one piece of work; ends when answered.</summary>
    protected abstract Task AskAsResearcherAsync(HttpClient client);

    public async Task InitializeAsync()
    {
        factory = new LimitsAppFactory(
            new Dictionary<string, string> { ["HeavyWorkThreads"] = "1", ["QueryTimeout"] = "00:01:00" },
            apiKeys: ["flooder", "researcher"],
            settings: Settings);
        // The snapshot is built before anything is counted, so that each question below queues exactly one piece.
        await AskGraphQLAsync(factory.CreateClient(), "{ neighborhood(ids: [\"REG-76\"], depth: 1) { truncated } }", "researcher");
        lane = factory.Services.GetRequiredService<HeavyWorkLane>();
    }

    public async Task DisposeAsync()
    {
        releaseHolder.Set();
        releaseProbe.Set();
        await factory.DisposeAsync();
    }

    public void Dispose()
    {
        releaseHolder.Dispose();
        probeStarted.Dispose();
        releaseProbe.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_client_with_four_questions_in_the_lane_makes_another_clients_question_wait_for_one_of_them()
    {
        _ = lane.RunAsync(() => releaseHolder.Wait(Patience), "holder", CancellationToken.None);
        await Eventually.TrueAsync(() => lane.Running == 1, "the lane did not start the holding work", Patience);
        var client = factory.CreateClient();
        var flooder = Enumerable.Range(0, 4).Select(number => AskAsFlooderAsync(client, number)).ToArray();
        await Eventually.TrueAsync(() => lane.Queued == 4, "the flooder's four questions did not reach the lane", Patience);
        var researcher = AskAsResearcherAsync(client);
        await Eventually.TrueAsync(() => lane.Queued == 5, "the researcher's question did not reach the lane", Patience);
        // A probe queued last, as a third client: it starts once the lane has served every client once.
        _ = lane.RunAsync(() =>
        {
            probeStarted.Set();
            return releaseProbe.Wait(Patience);
        }, "probe", CancellationToken.None);

        releaseHolder.Set();

        Assert.True(probeStarted.Wait(Patience), "the probe never started");
        Assert.Equal(3, lane.Queued); // the flooder's other three questions wait behind the probe
        await researcher.WaitAsync(Patience);
        Assert.True(flooder.Count(request => request.IsCompleted) <= 1, "more than one of the flooder's questions ran before the researcher's");
        releaseProbe.Set();
        await Task.WhenAll(flooder).WaitAsync(Patience);
    }

    protected static async Task AskGraphQLAsync(HttpClient client, string query, string apiKey)
    {
        var (response, body) = await GraphQLPost.SendAsync(client, query, apiKey: apiKey);
        GraphQLPost.AssertAnswered(response, body);
    }

    protected static async Task ExportAsync(HttpClient client, string url, string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Api-Key", apiKey);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

public abstract class HeavyWorkTurnsOverGraphQLTests : HeavyWorkTurnsTests
{
    private static readonly string[] Pairs = ["\"REG-76\", to: \"REG-11\"", "\"REG-76\", to: \"REG-84\"", "\"REG-11\", to: \"REG-84\"", "\"REG-75\", to: \"REG-76\""];

    protected override Task AskAsFlooderAsync(HttpClient client, int number) =>
        AskAsync(client, $"{{ shortestPath(from: {Pairs[number]}) {{ length }} }}", "flooder");

    protected override Task AskAsResearcherAsync(HttpClient client) =>
        AskAsync(client, "{ neighborhood(ids: [\"REG-11\"], depth: 2) { nodes { id } } }", "researcher");

    protected virtual Task AskAsync(HttpClient client, string query, string apiKey) => AskGraphQLAsync(client, query, apiKey);
}

public sealed class HeavyWorkTurnsThroughTheResponseCacheTests : HeavyWorkTurnsOverGraphQLTests
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["KnowledgeGraph:Cache:Mode"] = "Memory" };
}

public sealed class HeavyWorkTurnsWithoutTheResponseCacheTests : HeavyWorkTurnsOverGraphQLTests
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["KnowledgeGraph:Cache:Mode"] = "Off" };
}

/// <summary>Each question on a WebSocket of its own, opened without credentials and authenticated by <c>connection_init</c>.</summary>
public sealed class HeavyWorkTurnsOverWebSocketsTests : HeavyWorkTurnsOverGraphQLTests
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected override async Task AskAsync(HttpClient client, string query, string apiKey)
    {
        var webSockets = Factory.Server.CreateWebSocketClient();
        webSockets.SubProtocols.Add("graphql-transport-ws");
        using var socket = await webSockets.ConnectAsync(new Uri(Factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["x-api-key"] = apiKey } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query } });
        var next = await ReceiveAsync(socket);
        Assert.True(next.GetProperty("type").GetString() == "next" && !next.GetProperty("payload").TryGetProperty("errors", out _), next.ToString());
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var message = new MemoryStream();
        var buffer = new byte[4096];
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);
        using var document = JsonDocument.Parse(message.ToArray());
        return document.RootElement.Clone();
    }
}

public sealed class HeavyWorkTurnsThroughTheExportsTests : HeavyWorkTurnsTests
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["KnowledgeGraph:Exports:MaxConcurrentHeavyPerClient"] = "4",
        ["KnowledgeGraph:Exports:MaxConcurrentHeavy"] = "8",
    };

    // Each filter is a network of its own, built in the lane.
    protected override Task AskAsFlooderAsync(HttpClient client, int number) =>
        ExportAsync(client, $"/export/co-participation.graphml?fromYear={2000 + 5 * number}", "flooder");

    protected override Task AskAsResearcherAsync(HttpClient client) =>
        ExportAsync(client, "/export/co-participation.graphml?fromYear=2021", "researcher");
}
