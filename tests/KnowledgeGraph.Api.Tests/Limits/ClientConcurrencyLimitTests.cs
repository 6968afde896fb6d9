using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// At most <c>MaxConcurrentRequestsPerClient</c> requests of one client run at once, over real Kestrel. A request is
/// held running by its body: the client sends <c>Expect: 100-continue</c> and the body only once the service starts
/// reading it, which it does once the request is admitted; the body's start is the sign that it runs.
/// </summary>
public sealed class ClientConcurrencyLimitTests
{
    [Fact]
    public async Task A_request_past_the_clients_running_limit_gets_429_TOO_MANY_CONCURRENT_REQUESTS_while_other_clients_are_served()
    {
        await using var factory = Start(running: 1, queued: 0);
        using var client = Client(factory);
        var held = await HeldQuery.RunningAsync(client);

        var (refused, refusedBody) = await GraphQLPost.SendAsync(client, "{ __typename }");
        var (other, otherBody) = await GraphQLPost.SendAsync(client, "{ __typename }", apiKey: "newsroom-a");

        var message = GraphQLPost.AssertRefused(refused, refusedBody, HttpStatusCode.TooManyRequests, "TOO_MANY_CONCURRENT_REQUESTS");
        Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal("Too many requests at once: a client may have 1 requests running and 0 waiting. Wait for an answer, or retry in 1 s.", message);
        GraphQLPost.AssertAnswered(other, otherBody);

        await held.ReleaseAndAssertAnsweredAsync();
        var (after, afterBody) = await GraphQLPost.SendAsync(client, "{ __typename }");
        GraphQLPost.AssertAnswered(after, afterBody);
    }

    [Fact]
    public async Task A_request_past_the_limit_waits_its_turn_when_the_queue_has_room()
    {
        await using var factory = Start(running: 1, queued: 4);
        using var client = Client(factory);
        var held = await HeldQuery.RunningAsync(client);

        var waiting = GraphQLPost.SendAsync(client, "{ __typename }");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(waiting.IsCompleted, "the second request of the client ran while its first held the only place");

        await held.ReleaseAndAssertAnsweredAsync();
        var (response, body) = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        GraphQLPost.AssertAnswered(response, body);
    }

    [Fact]
    public async Task A_waiting_request_is_refused_once_it_has_waited_as_long_as_a_query_may_run()
    {
        await using var factory = Start(running: 1, queued: 4, queryTimeout: "00:00:01");
        using var client = Client(factory);
        var held = await HeldQuery.RunningAsync(client);

        var (response, body) = await GraphQLPost.SendAsync(client, "{ __typename }").WaitAsync(TimeSpan.FromSeconds(30));

        GraphQLPost.AssertRefused(response, body, HttpStatusCode.TooManyRequests, "TOO_MANY_CONCURRENT_REQUESTS");
        await held.ReleaseAndAssertAnsweredAsync();
    }

    [Fact]
    public async Task An_open_event_stream_does_not_take_a_place_among_the_clients_running_requests()
    {
        await using var factory = Start(running: 1, queued: 0);
        using var client = Client(factory);
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { graphChanged { dataVersion } }"}""", Encoding.UTF8, "application/json"),
        };
        subscribe.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await client.SendAsync(subscribe, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);

        var (response, body) = await GraphQLPost.SendAsync(client, "{ __typename }");

        GraphQLPost.AssertAnswered(response, body);
    }

    [Fact]
    public async Task An_open_websocket_does_not_take_a_place_among_the_clients_running_requests()
    {
        await using var factory = Start(running: 1, queued: 0);
        using var client = Client(factory);
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var address = new UriBuilder(client.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        await socket.ConnectAsync(address, CancellationToken.None);
        await socket.SendAsync("""{"type":"connection_init"}"""u8.ToArray(), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
        var ack = new byte[256];
        var received = await socket.ReceiveAsync(ack, CancellationToken.None);
        Assert.Contains("connection_ack", Encoding.UTF8.GetString(ack, 0, received.Count), StringComparison.Ordinal);

        var (response, body) = await GraphQLPost.SendAsync(client, "{ __typename }");

        GraphQLPost.AssertAnswered(response, body);
    }

    private static LimitsAppFactory Start(int running, int queued, string queryTimeout = "00:00:10")
    {
        var factory = new LimitsAppFactory(new Dictionary<string, string>
        {
            ["MaxConcurrentRequestsPerClient"] = running.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MaxQueuedRequestsPerClient"] = queued.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QueryTimeout"] = queryTimeout,
            ["RateLimitPermits"] = "0",
        }, apiKeys: ["newsroom-a"]);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    private static HttpClient Client(LimitsAppFactory factory) => new(new SocketsHttpHandler
    {
        // Wait for the service's 100 Continue as long as it takes: the body is sent only when the request runs.
        Expect100ContinueTimeout = TimeSpan.FromMinutes(2),
    })
    {
        BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>A query whose body starts once the service reads it and ends when the test releases it.</summary>
    private sealed class HeldQuery : HttpContent
    {
        private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""");
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private HeldQuery()
        {
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
            Headers.ContentLength = Body.Length;
        }

        private Task<(HttpResponseMessage Response, JsonObject Body)> answer = null!;

        /// <summary>Sends the query and returns once the service runs it (reads its body).</summary>
        public static async Task<HeldQuery> RunningAsync(HttpClient client)
        {
            var content = new HeldQuery();
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
            request.Headers.ExpectContinue = true;
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            content.answer = SendAsync(client, request);
            await content.started.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return content;
        }

        /// <summary>Sends the rest of the body and checks the query is answered.</summary>
        public async Task ReleaseAndAssertAnsweredAsync()
        {
            released.TrySetResult();
            var (response, body) = await answer.WaitAsync(TimeSpan.FromSeconds(30));
            GraphQLPost.AssertAnswered(response, body);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            started.TrySetResult();
            await stream.WriteAsync(Body.AsMemory(0, 1));
            await stream.FlushAsync();
            await released.Task;
            await stream.WriteAsync(Body.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Body.Length;
            return true;
        }

        private static async Task<(HttpResponseMessage, JsonObject)> SendAsync(HttpClient client, HttpRequestMessage request)
        {
            var response = await client.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            return (response, body);
        }
    }
}
