using System.Net.WebSockets;
using GraphQL;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Limits.RateLimiting;
using KnowledgeGraph.Api.Subscriptions.Transport;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Subscriptions.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades at the GraphQL endpoint for the <c>graphql-transport-ws</c> subprotocol (the graphql-ws
/// library's). Another subprotocol, or none, is closed with 4406; a client over its connection limit is closed with
/// 1013 (try again later) and a reason.
/// </summary>
internal sealed class GraphQLWsTransport(
    OperationRunner runner,
    OperationRateLimiter rateLimiter,
    ConnectionLimiter limiter,
    IOptions<SubscriptionOptions> options,
    IOptions<AuthOptions> auth,
    IHostApplicationLifetime lifetime,
    IGraphQLTextSerializer serializer,
    ILogger<GraphQLWsTransport> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        var settings = options.Value;
        var speaksProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var lease = limiter.TryOpen(ClientPartitionKey.For(context));
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = speaksProtocol ? SubProtocol : null,
            KeepAliveInterval = settings.KeepAliveInterval,
        });
        if (!speaksProtocol)
        {
            await CloseAsync(socket, GraphQLWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            return;
        }

        if (lease is null)
        {
            await CloseAsync(socket, GraphQLWsCloseCodes.TryAgainLater,
                $"Too many connections for this client (at most {settings.MaxConnectionsPerClient})");
            return;
        }

        await new GraphQLWsSession(socket, context, settings, auth.Value.RequireAuthenticatedReads, runner, rateLimiter, serializer,
            lifetime.ApplicationStopping, logger).RunAsync();
    }

    private static async Task CloseAsync(WebSocket socket, int code, string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went first.
        }
    }
}
