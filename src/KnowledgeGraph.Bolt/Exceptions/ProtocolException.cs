namespace KnowledgeGraph.Bolt;

/// <summary>The server sent bytes or a message that break the Bolt or PackStream specification.</summary>
public sealed class ProtocolException : BoltException
{
    public ProtocolException(string message, Exception? inner = null) : base(message, inner) { }
}
