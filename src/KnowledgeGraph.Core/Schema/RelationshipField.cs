namespace KnowledgeGraph.Core.Schema;

/// <summary>A relationship seen from one of its ends: the field <see cref="Name"/> on <see cref="Source"/> leads to <see cref="Target"/>.</summary>
public sealed record RelationshipField(RelationshipDef Relationship, Direction Direction)
{
    public LabelDef Source => Direction == Direction.Outgoing ? Relationship.From : Relationship.To;

    public LabelDef Target => Direction == Direction.Outgoing ? Relationship.To : Relationship.From;

    public string Name => Direction == Direction.Outgoing ? Relationship.OutgoingField : Relationship.IncomingField;

    /// <summary>At most one related node (a territory's parent): GraphQL shows a nullable object, not a connection.</summary>
    public bool IsSingle => Direction == Direction.Outgoing ? Relationship.OutgoingIsSingle : Relationship.IncomingIsSingle;

    public override string ToString() => $"{Source.Name}.{Name}";
}
