using KnowledgeGraph.Api.Auth;

namespace KnowledgeGraph.Api.Limits.RateLimiting;

/// <summary>
/// Who a request counts against: its verified identity (API key name or JWT subject) when authentication succeeded,
/// else its remote IP address. An unverified key header is ignored, so changing it cannot buy a fresh quota.
/// </summary>
public static class ClientPartitionKey
{
    public static string For(HttpContext context)
    {
        var writer = WriterIdentity.Of(context.User);
        return writer == WriterIdentity.Anonymous
            ? "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown")
            : "user:" + writer;
    }
}
