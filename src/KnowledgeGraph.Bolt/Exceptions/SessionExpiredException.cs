namespace KnowledgeGraph.Bolt;

/// <summary>
/// The member used can no longer serve this work (it is not the leader any more, or its database is read-only here):
/// the routing driver has forgotten it as a writer, and a managed transaction retries on the new one.
/// </summary>
public sealed class SessionExpiredException : BoltException
{
    public SessionExpiredException(string? code, string message) : base(code, message) { }

    public override bool IsRetryable => true;
}
