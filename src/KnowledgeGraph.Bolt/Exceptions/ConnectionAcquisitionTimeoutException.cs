namespace KnowledgeGraph.Bolt;

/// <summary>No pooled connection became free within <see cref="BoltDriverOptions.ConnectionAcquisitionTimeout"/>.</summary>
public sealed class ConnectionAcquisitionTimeoutException : ClientException
{
    public ConnectionAcquisitionTimeoutException(TimeSpan timeout)
        : base($"Failed to acquire a connection from the pool within {timeout.TotalMilliseconds:0} ms.") { }
}
