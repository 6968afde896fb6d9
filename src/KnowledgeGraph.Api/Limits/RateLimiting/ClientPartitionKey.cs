namespace KnowledgeGraph.Api.Limits.RateLimiting;

/// <summary>Who a request counts against: its API key when it sends one, else its remote IP address.</summary>
public static class ClientPartitionKey
{
    /// <summary>Longer keys are cut: a client cannot make the limiter hold arbitrarily large strings.</summary>
    public const int MaxKeyLength = 128;

    public static string For(HttpContext context, string apiKeyHeader)
    {
        var key = context.Request.Headers[apiKeyHeader].ToString();
        if (!string.IsNullOrWhiteSpace(key))
            return "key:" + (key.Length > MaxKeyLength ? key[..MaxKeyLength] : key);
        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
