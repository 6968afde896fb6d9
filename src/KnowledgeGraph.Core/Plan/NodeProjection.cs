using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

/// <summary>What to read of each node: its properties and its nested relationship selections.</summary>
public sealed record NodeProjection(IReadOnlyList<PropertyDef> Properties, IReadOnlyList<RelationshipSelection> Relationships)
{
    public static NodeProjection IdOnly(LabelDef label) => new([label.Property(GraphSchema.IdProperty)], []);
}

/// <summary>
/// A nested relationship field as selected in the response. <see cref="Key"/> is the response key (the alias, or the
/// field name) and keys the result, so the same field can be selected twice with different arguments.
/// </summary>
public sealed record RelationshipSelection(
    string Key,
    RelationshipField Field,
    ConnectionQuery Query,
    IReadOnlyList<PropertyDef> EdgeProperties)
{
    /// <summary>
    /// Read inside (<see cref="Containment.AppliesTo"/>): the nodes related to the parent node OR to any node inside it
    /// (its containment, any depth), each once, as a <c>within</c> filter on the other end would select them.
    /// </summary>
    public bool Inside { get; init; }

    /// <summary>
    /// The properties whose values tell parallel edges to the same node apart: the relationship's identifying ones
    /// (<see cref="RelationshipDef.IdentifyingProperties"/>), none when read inside (each node comes once). Both stores
    /// order such edges by them after the node's id, and put them in the edges' cursors after it.
    /// </summary>
    public IReadOnlyList<PropertyDef> EdgeKey => Inside ? [] : Field.Relationship.IdentifyingProperties;
}
