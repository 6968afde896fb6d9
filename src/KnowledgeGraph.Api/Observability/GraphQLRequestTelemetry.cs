namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// One log line (at Debug) and the request metrics per GraphQL request: request id, operation name, cache outcome, status and
/// time. Never the query text, variable values or headers (they may carry personal data or credentials).
/// </summary>
public sealed partial class GraphQLRequestTelemetry(KnowledgeGraphMetrics metrics, ILogger<GraphQLRequestTelemetry> logger)
{
    public const string Hit = "hit";
    public const string Miss = "miss";
    public const string Bypass = "bypass";

    public void Record(HttpContext context, string operation, string cache, TimeSpan elapsed)
    {
        var status = context.Response.StatusCode;
        var ok = status is >= 200 and < 400;
        metrics.Request(operation, cache, ok, elapsed);
        // Checked here: reading TraceIdentifier may create it, and the line is off by default.
        if (logger.IsEnabled(LogLevel.Debug))
            LogRequest(logger, context.TraceIdentifier, operation, cache, status, elapsed.TotalMilliseconds);
    }

    // Debug: a line per request costs ~5% of CPU under load (issue 7); the metrics carry the same figures.
    [LoggerMessage(Level = LogLevel.Debug, SkipEnabledCheck = true,
        Message = "GraphQL {RequestId} operation {OperationName} cache {Cache} status {StatusCode} in {ElapsedMs:0.###} ms")]
    private static partial void LogRequest(ILogger logger, string requestId, string operationName, string cache, int statusCode, double elapsedMs);
}
