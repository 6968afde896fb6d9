namespace KnowledgeGraph.Core.Results;

/// <summary>A page of a connection. <see cref="TotalCount"/> and <see cref="Aggregate"/> are set when the query asked for them.</summary>
public sealed record ConnectionResult(
    IReadOnlyList<EdgeResult> Edges,
    long? TotalCount,
    bool HasPreviousPage,
    bool HasNextPage,
    AggregateResult? Aggregate = null)
{
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}

/// <summary>One node of a page with its cursor and, for nested connections, the requested relationship properties.</summary>
public sealed record EdgeResult(string Cursor, NodeResult Node, IReadOnlyDictionary<string, object?> EdgeProperties);
