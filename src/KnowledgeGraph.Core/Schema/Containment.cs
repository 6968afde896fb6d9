namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// A label's containment: the relationship from the label to itself with at most one parent (PART_OF for
/// territories). It gives <c>within</c> its meaning, and the <c>inside</c> reads of the fields that point at the
/// label: a territory's alliances, actors, networks, catalysts and findings, of the territory and of every territory
/// inside it (any depth).
/// </summary>
public static class Containment
{
    /// <summary>The containment relationship of <paramref name="label"/>, if it has one.</summary>
    public static RelationshipDef? Of(GraphSchema schema, LabelDef label) =>
        schema.Relationships.FirstOrDefault(r => r.From == label && r.To == label && r.OutgoingIsSingle);

    /// <summary>
    /// Whether <paramref name="field"/> can be read <c>inside</c>: a connection, incoming into a label that has a
    /// containment, along another relationship without properties (so that a node reached through several contained
    /// nodes is one edge with nothing to tell the paths apart).
    /// </summary>
    public static bool AppliesTo(GraphSchema schema, RelationshipField field) =>
        !field.IsSingle
        && field.Direction == Direction.Incoming
        && field.Relationship.Properties.Count == 0
        && Of(schema, field.Source) is { } containment
        && containment != field.Relationship;
}
