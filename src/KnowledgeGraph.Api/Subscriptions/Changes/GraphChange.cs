namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>
/// What one committed write changed, as subscribers see it: the service's data version once the write is visible,
/// when it was committed, and the ids and labels of the nodes and relationships it touched.
/// </summary>
public sealed record GraphChange(
    string DataVersion,
    long StoreVersion,
    DateTimeOffset CommittedAt,
    string Origin,
    IReadOnlyList<ChangedNode> Nodes,
    IReadOnlyList<ChangedRelationship> Relationships)
{
    /// <summary>The same change, reduced to the given parts (a follower sees only what concerns it).</summary>
    public GraphChange With(IReadOnlyList<ChangedNode> nodes, IReadOnlyList<ChangedRelationship> relationships) =>
        this with { Nodes = nodes, Relationships = relationships };

    public IEnumerable<string> Labels =>
        Nodes.Select(n => n.Label)
            .Concat(Relationships.SelectMany(r => new[] { r.StartLabel, r.EndLabel }))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
}

public enum NodeChangeKind
{
    Created,
    Updated,
    Deleted,
}

public enum RelationshipChangeKind
{
    Linked,
    Unlinked,
}

/// <summary>A node a write created, updated or deleted; <see cref="Label"/> is null when the service could not tell it.</summary>
public sealed record ChangedNode(NodeChangeKind Change, string Id, string? Label);

/// <summary>A relationship a write created or deleted, by its type and ends.</summary>
public sealed record ChangedRelationship(
    RelationshipChangeKind Change, string Type, string StartId, string? StartLabel, string EndId, string? EndLabel);
