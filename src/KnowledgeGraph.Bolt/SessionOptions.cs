namespace KnowledgeGraph.Bolt;

/// <summary>Options of one session.</summary>
public sealed record SessionOptions
{
    /// <summary>The database to use (Bolt 4+); null for the server's default.</summary>
    public string? Database { get; init; }

    public AccessMode DefaultAccessMode { get; init; } = AccessMode.Write;

    /// <summary>Bookmarks the first transaction must wait for (causal consistency).</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>Records pulled per batch (Bolt 4+); null for the driver's default, -1 for all at once.</summary>
    public long? FetchSize { get; init; }

    /// <summary>Run the work as this user (Bolt 4.4+, needs the IMPERSONATE privilege); their home database is resolved.</summary>
    public string? ImpersonatedUser { get; init; }
}
