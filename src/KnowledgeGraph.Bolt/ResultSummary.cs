namespace KnowledgeGraph.Bolt;

/// <summary>What the server reported once a result was fully read or discarded.</summary>
public sealed record ResultSummary(IReadOnlyDictionary<string, object?> Metadata, ServerInfo Server)
{
    /// <summary>"r", "w", "rw" or "s" (schema).</summary>
    public string? QueryType => Metadata.GetValueOrDefault("type") as string;

    public string? Bookmark => Metadata.GetValueOrDefault("bookmark") as string;

    /// <summary>Update counters such as "nodes-created"; empty when nothing changed.</summary>
    public IReadOnlyDictionary<string, object?> Counters =>
        Metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    public int Counter(string name) => Counters.GetValueOrDefault(name) is long value ? (int)value : 0;
}
