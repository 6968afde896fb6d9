using System.Buffers;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Errors;
using KnowledgeGraph.Api.Limits.Fairness;
using KnowledgeGraph.Api.Subscriptions.Transport;
using static KnowledgeGraph.Api.Subscriptions.WebSockets.GraphQLWsCloseCodes;

namespace KnowledgeGraph.Api.Subscriptions.WebSockets;

/// <summary>
/// One WebSocket speaking graphql-transport-ws: <c>connection_init</c> (credentials checked, <c>connection_ack</c>),
/// <c>ping</c>/<c>pong</c>, <c>subscribe</c> → <c>next</c>… <c>complete</c> (or <c>error</c> when refused),
/// <c>complete</c> from the client to stop one. Protocol violations close the socket with the protocol's codes. One loop
/// receives, one sends (from a bounded queue), a watchdog enforces the init and idle timeouts.
/// </summary>
internal sealed partial class GraphQLWsSession(
    WebSocket socket,
    HttpContext context,
    SubscriptionOptions options,
    bool readsNeedIdentity,
    OperationRunner runner,
    OperationRateLimiter rateLimiter,
    IGraphQLTextSerializer serializer,
    CancellationToken stopping,
    ILogger logger)
{
    private readonly SendQueue<Outgoing> _send = new(options.SendQueueLimit);
    private readonly Dictionary<string, IDisposable?> _operations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closed = new();
    private ClaimsPrincipal _user = context.User;
    private bool _initReceived;
    private bool _acknowledged;
    private int _closing;
    private long _lastActivity = Environment.TickCount64;

    public async Task RunAsync()
    {
        var sending = SendLoopAsync();
        var watching = WatchdogAsync();
        await using (stopping.Register(Shutdown))
        {
            try
            {
                await ReceiveLoopAsync();
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
            {
                LogConnectionLost(logger, e.GetType().Name);
            }
        }

        StopAll();
        RequestClose(socket.CloseStatus is { } status ? (int)status : NormalClosure, "");
        _send.Close();
        await sending;
        await _closed.CancelAsync();
        await watching;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(options.MaxMessageBytes + 1, 64 * 1024));
        try
        {
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, _closed.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(buffer, 0, received.Count);
                if (message.Length > options.MaxMessageBytes)
                {
                    RequestClose(MessageTooBig, "Message too big");
                    return;
                }

                if (!received.EndOfMessage)
                    continue;
                Volatile.Write(ref _lastActivity, Environment.TickCount64);
                if (received.MessageType != WebSocketMessageType.Text)
                    RequestClose(BadRequest, "Invalid message received: not text");
                else
                    HandleSafely(message.GetBuffer().AsSpan(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Nothing a client sends may crash the connection's loop: an unexpected failure closes it with 4500.</summary>
    private void HandleSafely(ReadOnlySpan<byte> json)
    {
        try
        {
            Handle(json);
        }
        catch (Exception e)
        {
            LogOperationFailed(logger, e);
            RequestClose(InternalServerError, "Internal server error");
        }
    }

    private void Handle(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException)
        {
            RequestClose(BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            switch (type)
            {
                case "connection_init":
                    Initialise(root.TryGetProperty("payload", out var payload) ? payload.Clone() : null);
                    break;
                case "ping":
                    Send(GraphQLWsMessages.Pong);
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(root);
                    break;
                case "complete":
                    if (IdOf(root) is { } id)
                        Stop(id);
                    else
                        RequestClose(BadRequest, "Invalid message received: complete without id");
                    break;
                default:
                    RequestClose(BadRequest, $"Invalid message received: unknown type '{Truncate(type)}'");
                    break;
            }
        }
    }

    private void Initialise(JsonElement? payload)
    {
        if (_initReceived)
        {
            RequestClose(TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        _ = AuthenticateThenAcknowledgeAsync(payload);
    }

    private async Task AuthenticateThenAcknowledgeAsync(JsonElement? payload)
    {
        try
        {
            var checkedCredentials = await PayloadCredentials.AuthenticateAsync(context, payload);
            if (checkedCredentials is { Succeeded: false })
            {
                RequestClose(Forbidden, "Forbidden: the credentials were not accepted");
                return;
            }

            if (checkedCredentials?.Principal is { } principal)
                context.User = _user = principal; // the connection counts against this identity from now on
            if (readsNeedIdentity && !RoleCheck.IsAuthenticated(_user))
            {
                RequestClose(Forbidden, "Forbidden: reading needs an identity (an API key or a bearer token)");
                return;
            }

            _acknowledged = true;
            Send(GraphQLWsMessages.ConnectionAck);
        }
        catch (Exception e)
        {
            LogInitFailed(logger, e);
            RequestClose(InternalServerError, "Internal server error");
        }
    }

    private void Subscribe(JsonElement message)
    {
        if (!Volatile.Read(ref _acknowledged))
        {
            RequestClose(Unauthorized, "Unauthorized");
            return;
        }

        var id = IdOf(message);
        GraphQLHttpRequest request;
        try
        {
            request = message.TryGetProperty("payload", out var payload)
                ? GraphQLRequestReader.FromJsonBody(payload, serializer)
                : throw new InvalidRequestError("subscribe without payload");
        }
        catch (GraphQLHttpError error)
        {
            RequestClose(BadRequest, $"Invalid message received: {Truncate(error.Message)}");
            return;
        }

        if (id is null)
        {
            RequestClose(BadRequest, "Invalid message received: subscribe without id");
            return;
        }

        lock (_gate)
        {
            if (_operations.ContainsKey(id))
            {
                RequestClose(SubscriberAlreadyExists, $"Subscriber for {Truncate(id)} already exists");
                return;
            }

            if (_operations.Count >= options.MaxSubscriptionsPerConnection)
            {
                Refuse(id, SubscriptionErrorCodes.TooManySubscriptions,
                    $"At most {options.MaxSubscriptionsPerConnection} operations may run at once on one connection; complete one first.");
                return;
            }

            if (!rateLimiter.TryAcquire(context))
            {
                Refuse(id, Limits.Errors.RateLimitedError.ErrorCode, rateLimiter.Describe());
                return;
            }

            _operations[id] = null;
        }

        _ = ExecuteAsync(id, request);
    }

    private async Task ExecuteAsync(string id, GraphQLHttpRequest request)
    {
        // The upgrade request's client was its address: the identity of connection_init counts from here on.
        HeavyWorkClient.Set(context);
        try
        {
            var result = await runner.ExecuteAsync(context.RequestServices, _user, request, readOnly: false, _closed.Token);
            if (result.Streams is { Count: > 0 } streams)
            {
                var subscription = streams.Values.First().Subscribe(new ResultObserver(
                    next => Send(GraphQLWsMessages.Next(id, serializer.Serialize(next))),
                    () => Finish(id)));
                lock (_gate)
                {
                    if (_operations.TryGetValue(id, out var current) && current is null)
                    {
                        _operations[id] = subscription;
                        return;
                    }
                }

                subscription.Dispose(); // completed by the client (or the stream) meanwhile
                return;
            }

            var json = serializer.Serialize(result);
            if (OperationRunner.IsRefusal(result))
            {
                if (Forget(id))
                    Send(GraphQLWsMessages.Error(id, GraphQLWsMessages.ErrorsOf(json)));
                return;
            }

            Send(GraphQLWsMessages.Next(id, json));
            Finish(id);
        }
        catch (OperationCanceledException) when (_closed.IsCancellationRequested)
        {
            Forget(id);
        }
        catch (Exception e)
        {
            LogOperationFailed(logger, e);
            RequestClose(InternalServerError, "Internal server error");
        }
    }

    /// <summary>Refuses an operation before it runs: an <c>error</c> message (the id stays free).</summary>
    private void Refuse(string id, string code, string message)
    {
        var refusal = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        Send(GraphQLWsMessages.Error(id, GraphQLWsMessages.ErrorsOf(serializer.Serialize(refusal))));
    }

    /// <summary>The operation is over on the server's side: <c>complete</c>, unless the client completed it first.</summary>
    private void Finish(string id)
    {
        if (Forget(id))
            Send(GraphQLWsMessages.Complete(id));
    }

    private bool Forget(string id)
    {
        lock (_gate)
            return _operations.Remove(id);
    }

    /// <summary>The client completed an operation: stop it, send nothing.</summary>
    private void Stop(string id)
    {
        IDisposable? subscription;
        lock (_gate)
        {
            if (!_operations.Remove(id, out subscription))
                return;
        }

        subscription?.Dispose();
    }

    private void StopAll()
    {
        List<IDisposable?> running;
        lock (_gate)
        {
            running = [.. _operations.Values];
            _operations.Clear();
        }

        foreach (var subscription in running)
            subscription?.Dispose();
    }

    /// <summary>The server stops: complete every operation, then close with 1001.</summary>
    private void Shutdown()
    {
        List<KeyValuePair<string, IDisposable?>> running;
        lock (_gate)
        {
            running = [.. _operations];
            _operations.Clear();
        }

        foreach (var (id, subscription) in running)
        {
            subscription?.Dispose();
            Send(GraphQLWsMessages.Complete(id));
        }

        RequestClose(GoingAway, "Server shutting down");
    }

    private async Task WatchdogAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _closed.Token);
            if (!_initReceived)
            {
                RequestClose(ConnectionInitialisationTimeout, "Connection initialisation timeout");
                return;
            }

            if (options.IdleTimeout <= TimeSpan.Zero)
                return;
            using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Max(options.IdleTimeout.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks)));
            while (await timer.WaitForNextTickAsync(_closed.Token))
            {
                bool idle;
                lock (_gate)
                    idle = _operations.Count == 0;
                if (idle && Environment.TickCount64 - Volatile.Read(ref _lastActivity) > options.IdleTimeout.TotalMilliseconds)
                {
                    RequestClose(NormalClosure, "Idle timeout");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    private void Send(byte[] message) => _send.Enqueue(new Outgoing(message, 0, null));

    /// <summary>Closes the socket after what is queued; the receive loop ends when the client answers (or after 5 s).</summary>
    private void RequestClose(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
            return;
        _send.Enqueue(new Outgoing(null, code, reason));
        _send.Close();
        _ = Task.Delay(TimeSpan.FromSeconds(5)).ContinueWith(_ => _closed.Cancel(), TaskScheduler.Default);
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var outgoing in _send.Reader.ReadAllAsync())
            {
                if (outgoing.Message is { } message)
                {
                    if (socket.State == WebSocketState.Open)
                        await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _closed.Token);
                    continue;
                }

                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)outgoing.CloseCode, outgoing.CloseReason, _closed.Token);
                return;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            LogConnectionLost(logger, e.GetType().Name);
            await _closed.CancelAsync();
        }
    }

    private static string? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

    private static string Truncate(string? text) => text is null ? "" : text.Length <= 60 ? text : text[..60];

    private sealed record Outgoing(byte[]? Message, int CloseCode, string? CloseReason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A graphql-ws connection ended ({Reason}).")]
    private static partial void LogConnectionLost(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the credentials of a graphql-ws connection failed.")]
    private static partial void LogInitFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "An operation on a graphql-ws connection failed.")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception);
}
