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

/// <summary>A relationship named by its type and ends (there is at most one of a type between two nodes).</summary>
public sealed record RelationshipKey(string Type, string StartId, string EndId)
{
    public override string ToString() => $"{StartId} -[:{Type}]-> {EndId}";
}
