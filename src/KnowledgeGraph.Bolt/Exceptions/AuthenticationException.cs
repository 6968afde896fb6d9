namespace KnowledgeGraph.Bolt;

/// <summary>The server refused the credentials (<c>Neo.ClientError.Security.*</c>).</summary>
public sealed class AuthenticationException : ClientException
{
    public AuthenticationException(string? code, string message) : base(code, message) { }
}
