namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>The <c>extensions.code</c> of the errors the subscription transports answer themselves.</summary>
public static class SubscriptionErrorCodes
{
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string StreamFailed = "STREAM_FAILED";
    public const string ShuttingDown = "SHUTTING_DOWN";
}
