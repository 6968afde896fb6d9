namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// One relationship type between two labels, with the GraphQL field name on each side. A Neo4j type that links
/// several label pairs (CONTRIBUTES_TO, ABOUT) has one definition per pair.
/// </summary>
public sealed record RelationshipDef(
    string Type,
    LabelDef From,
    LabelDef To,
    string OutgoingField,
    string IncomingField,
    IReadOnlyList<PropertyDef> Properties,
    string Description,
    bool OutgoingIsSingle = false,
    bool IncomingIsSingle = false)
{
    public RelationshipField Outgoing => new(this, Direction.Outgoing);

    public RelationshipField Incoming => new(this, Direction.Incoming);

    /// <summary>
    /// The properties that, with the type and the two ends, identify one relationship (its key): parallel
    /// relationships differ in at least one of them. Empty: at most one relationship of the type between two nodes.
    /// </summary>
    public IReadOnlyList<PropertyDef> IdentifyingProperties { get; } = [.. Properties.Where(p => p.IsIdentifying)];

    public PropertyDef? FindProperty(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    // Definitions are singletons of one schema: identity is reference identity, and hashing stays cheap.
    public bool Equals(RelationshipDef? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Type.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"({From.Name})-[:{Type}]->({To.Name})";
}
