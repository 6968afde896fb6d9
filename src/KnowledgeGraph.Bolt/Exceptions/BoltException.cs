namespace KnowledgeGraph.Bolt;

/// <summary>Base of every error raised by the Bolt client.</summary>
public class BoltException : Exception
{
    public BoltException(string message, Exception? inner = null) : base(message, inner) { }

    public BoltException(string? code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    /// <summary>The Neo4j status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>True when retrying the same work later may succeed.</summary>
    public virtual bool IsRetryable => false;
}
