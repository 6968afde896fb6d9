namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// What a change set changed, net: a node created then deleted in the same set appears nowhere; relationships a
/// detaching delete removed are in <see cref="RelationshipsDeleted"/>. <see cref="DataVersion"/> is the store's data
/// version once the write is visible (unchanged when the set changed nothing).
/// </summary>
public sealed record WriteResult(
    long DataVersion,
    IReadOnlyList<string> NodesCreated,
    IReadOnlyList<string> NodesUpdated,
    IReadOnlyList<string> NodesDeleted,
    IReadOnlyList<RelationshipKey> RelationshipsCreated,
    IReadOnlyList<RelationshipKey> RelationshipsDeleted)
{
    public bool ChangedNothing =>
        NodesCreated.Count + NodesUpdated.Count + NodesDeleted.Count + RelationshipsCreated.Count + RelationshipsDeleted.Count == 0;
}

/// <summary>
/// A relationship named by its key: its type, its ends and the values of the properties the schema marks identifying
/// (<see cref="Identifying"/>: e.g. <c>role</c> and <c>since</c> of a participation; empty for most types). Parallel
/// relationships of one type between the same two nodes have different keys. Compared by value.
/// </summary>
public sealed record RelationshipKey(string Type, string StartId, string EndId)
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>Every identifying property of the relationship's type, by name; null where the relationship has no value.</summary>
    public IReadOnlyDictionary<string, object?> Identifying { get; init; } = None;

    public bool Equals(RelationshipKey? other) =>
        other is not null && Type == other.Type && StartId == other.StartId && EndId == other.EndId &&
        Identifying.Count == other.Identifying.Count &&
        Identifying.All(p => other.Identifying.TryGetValue(p.Key, out var value) && Equals(p.Value, value));

    public override int GetHashCode() => HashCode.Combine(Type, StartId, EndId, Identifying.Count);

    public override string ToString() => Identifying.Count == 0
        ? $"{StartId} -[:{Type}]-> {EndId}"
        : $"{StartId} -[:{Type} {{{string.Join(", ", Identifying.Select(p => $"{p.Key}: {Graph.IdentifyingValues.Format(p.Value)}"))}}}]-> {EndId}";
}
