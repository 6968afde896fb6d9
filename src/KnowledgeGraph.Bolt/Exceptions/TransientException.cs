namespace KnowledgeGraph.Bolt;

/// <summary>A temporary failure (<c>Neo.TransientError.*</c>): the same work may succeed when retried.</summary>
public sealed class TransientException : BoltException
{
    private static readonly string[] NotRetryableCodes =
    [
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    ];

    public TransientException(string? code, string message) : base(code, message) { }

    public override bool IsRetryable => !NotRetryableCodes.Contains(Code);
}
