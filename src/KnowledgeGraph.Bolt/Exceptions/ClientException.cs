namespace KnowledgeGraph.Bolt;

/// <summary>The request was wrong (<c>Neo.ClientError.*</c>) or the client was used wrongly.</summary>
public class ClientException : BoltException
{
    public ClientException(string message, Exception? inner = null) : base(message, inner) { }

    public ClientException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }
}
