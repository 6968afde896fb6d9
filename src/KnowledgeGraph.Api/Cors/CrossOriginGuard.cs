namespace KnowledgeGraph.Api.Cors;

/// <summary>
/// What the CORS middleware does not do. Every response varies by <c>Origin</c>, so that a shared cache (a CDN) never
/// hands an answer made for one page, or for no page, to another. A WebSocket handshake (which CORS does not cover:
/// the browser sends <c>Origin</c> and lets the server decide) from a page that is not allowed gets 403.
/// </summary>
public sealed partial class CrossOriginGuard(RequestDelegate next, OriginAllowlist origins, ILogger<CrossOriginGuard> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && IsWebSocketHandshake(context.Request) && !origins.Allows(origin))
        {
            LogWebSocketRefused(logger, origin);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.WriteAsync(
                """{"errors":[{"message":"This origin may not open a WebSocket to the API.","extensions":{"code":"ORIGIN_NOT_ALLOWED"}}]}""",
                context.RequestAborted);
        }
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            var vary = headers.Vary.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Append("Origin").Distinct(StringComparer.OrdinalIgnoreCase);
            headers.Vary = string.Join(", ", vary);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }

    /// <summary>Read from the headers: the WebSocket middleware (which sets <c>IsWebSocketRequest</c>) may come later in the pipeline.</summary>
    private static bool IsWebSocketHandshake(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) && request.Headers.Upgrade.Any(value => value?.Contains("websocket", StringComparison.OrdinalIgnoreCase) == true))
        || (HttpMethods.IsConnect(request.Method) && request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpExtendedConnectFeature>()?.Protocol == "websocket");

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a WebSocket handshake from origin {Origin}, which is not allowed.")]
    private static partial void LogWebSocketRefused(ILogger logger, string origin);
}
