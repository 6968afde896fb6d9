namespace KnowledgeGraph.Bolt;

/// <summary>Driver settings. The URI and credentials may be set here too (for <c>IOptions</c> binding); ToString hides the secret.</summary>
public sealed class BoltDriverOptions
{
    public string Uri { get; set; } = "bolt://localhost:7687";

    public AuthToken Auth { get; set; } = AuthToken.None;

    public int MaxConnectionPoolSize { get; set; } = 100;

    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections older than this are closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Idle connections idle longer than this are checked with a RESET round trip before reuse.</summary>
    public TimeSpan IdleLivenessCheck { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long managed transactions keep retrying transient failures.</summary>
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public long FetchSize { get; set; } = 1000;

    public string UserAgent { get; set; } = "KnowledgeGraph.Bolt/1.0";

    public override string ToString() =>
        $"BoltDriverOptions {{ Uri = {Uri}, Auth = {Auth}, MaxConnectionPoolSize = {MaxConnectionPoolSize}, " +
        $"ConnectionAcquisitionTimeout = {ConnectionAcquisitionTimeout}, MaxConnectionLifetime = {MaxConnectionLifetime} }}";
}
