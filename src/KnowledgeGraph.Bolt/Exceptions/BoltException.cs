namespace KnowledgeGraph.Bolt;

/// <summary>Base of every error raised by the Bolt client.</summary>
public class BoltException : Exception
{
    public BoltException(string message, Exception? inner = null) : base(message, inner) { }

    public BoltException(string? code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    /// <summary>The Neo4j status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>The GQL status object of the failure (Bolt 5.7+), with its GQLSTATUS, classification and causes.</summary>
    public GqlError? Gql { get; internal set; }

    /// <summary>The GQLSTATUS (e.g. <c>42001</c>) when the server sent one.</summary>
    public string? GqlStatus => Gql?.GqlStatus;

    /// <summary>True when retrying the same work later may succeed.</summary>
    public virtual bool IsRetryable => false;
}
