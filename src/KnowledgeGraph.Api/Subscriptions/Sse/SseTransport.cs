using GraphQL;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Errors;
using KnowledgeGraph.Api.Limits.RateLimiting;
using KnowledgeGraph.Api.Subscriptions.Transport;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Subscriptions.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol in distinct connections mode: a GET or POST to the
/// GraphQL endpoint that accepts <c>text/event-stream</c> gets one <c>next</c> event per result (one for a query or a
/// mutation, one per change for a subscription) and a final <c>complete</c>. Validation errors come as a <c>next</c>
/// event, as the protocol asks; requests refused before the stream opens get the endpoint's usual JSON error (400,
/// 401 when reads need an identity, 429 beyond the connection limits). The client ends a subscription by closing the
/// connection; the server completes every stream when it shuts down.
/// </summary>
internal sealed partial class SseTransport(
    OperationRunner runner,
    ConnectionLimiter limiter,
    IOptions<SubscriptionOptions> options,
    IOptions<AuthOptions> auth,
    IHostApplicationLifetime lifetime,
    IGraphQLTextSerializer serializer,
    ILogger<SseTransport> logger)
{
    private const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>A GET or POST whose Accept names <c>text/event-stream</c>.</summary>
    public static bool Wants(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsGet(request.Method))
        && request.Headers.Accept.Any(value => value?.Contains(SseFrames.MediaType, StringComparison.OrdinalIgnoreCase) == true);

    public async Task HandleAsync(HttpContext context)
    {
        using var lease = limiter.TryOpen(ClientPartitionKey.For(context));
        if (lease is null)
        {
            await RefuseAsync(context, StatusCodes.Status429TooManyRequests, SubscriptionErrorCodes.TooManyConnections,
                $"Too many open streams for this client (at most {options.Value.MaxConnectionsPerClient}); close one first.");
            return;
        }

        if (auth.Value.RequireAuthenticatedReads && !RoleCheck.IsAuthenticated(context.User))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, SubscriptionErrorCodes.Unauthenticated,
                "Reading needs an identity here: send an API key or a bearer token.");
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = await ReadRequestAsync(context);
        }
        catch (GraphQLHttpError error)
        {
            await GraphQLResponseWriter.WriteAsync(context, error, GraphQLMediaTypes.Json);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await StartStreamAsync(context.Response);
            await StreamAsync(context, request, stop.Token);
            await WriteAsync(context.Response, SseFrames.Complete, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            LogClientClosed(logger);
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            LogClientClosed(logger);
        }
    }

    private async Task StreamAsync(HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        var result = await runner.ExecuteAsync(context.RequestServices, context.User, request,
            readOnly: HttpMethods.IsGet(context.Request.Method), cancellationToken);
        if (result.Streams is not { Count: > 0 } streams)
        {
            await WriteAsync(context.Response, SseFrames.Next(serializer.Serialize(result)), cancellationToken);
            return;
        }

        var queue = new SendQueue<byte[]>(options.Value.SendQueueLimit);
        using var subscription = streams.Values.First().Subscribe(new ResultObserver(
            next => queue.Enqueue(SseFrames.Next(serializer.Serialize(next))),
            queue.Close));
        try
        {
            await PumpAsync(context.Response, queue, cancellationToken);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogShutdown(logger); // the server stops: complete the stream
        }
    }

    private async Task PumpAsync(HttpResponse response, SendQueue<byte[]> queue, CancellationToken cancellationToken)
    {
        var reader = queue.Reader;
        var keepAlive = options.Value.KeepAliveInterval;
        Task<bool>? waiting = null;
        while (true)
        {
            while (reader.TryRead(out var frame))
                await WriteAsync(response, frame, cancellationToken);
            waiting ??= reader.WaitToReadAsync(cancellationToken).AsTask();
            try
            {
                if (!await waiting.WaitAsync(keepAlive, cancellationToken))
                    return; // the stream completed
                waiting = null;
            }
            catch (TimeoutException)
            {
                await WriteAsync(response, SseFrames.KeepAlive, cancellationToken);
            }
        }
    }

    private static async Task<GraphQLHttpRequest> ReadRequestAsync(HttpContext context)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        if (HttpMethods.IsGet(context.Request.Method))
            return GraphQLRequestReader.FromQueryString(context.Request.Query, serializer);
        using var body = await JsonBodyReader.ReadAsync(context.Request, MaxRequestBodyBytes, context.RequestAborted);
        using var document = body.Parse();
        return GraphQLRequestReader.FromJsonBody(document.RootElement, serializer);
    }

    private static async Task StartStreamAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = SseFrames.MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Connection = "keep-alive";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx: pass events on at once
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(response.HttpContext.RequestAborted);
        await response.Body.FlushAsync(response.HttpContext.RequestAborted);
    }

    private static async Task WriteAsync(HttpResponse response, byte[] frame, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(frame, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static Task RefuseAsync(HttpContext context, int status, string code, string message)
    {
        if (status == StatusCodes.Status429TooManyRequests)
            context.Response.Headers[HeaderNames.RetryAfter] = "5";
        return GraphQLResponseWriter.WriteAsync(context, new SubscriptionRefusal(status, code, message), GraphQLMediaTypes.Json);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "An SSE client closed its stream.")]
    private static partial void LogClientClosed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "An SSE stream is completed: the server is stopping.")]
    private static partial void LogShutdown(ILogger logger);
}
