namespace KnowledgeGraph.Bolt;

/// <summary>The server could not be reached or the connection was lost.</summary>
public sealed class ServiceUnavailableException : BoltException
{
    public ServiceUnavailableException(string message, Exception? inner = null) : base(message, inner) { }

    public override bool IsRetryable => true;
}
