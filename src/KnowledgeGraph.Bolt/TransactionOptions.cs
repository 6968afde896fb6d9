namespace KnowledgeGraph.Bolt;

/// <summary>Server-side transaction timeout and metadata (Bolt 3+).</summary>
public sealed record TransactionOptions
{
    public TimeSpan? Timeout { get; init; }

    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    internal bool IsEmpty => Timeout is null && (Metadata is null || Metadata.Count == 0);
}
