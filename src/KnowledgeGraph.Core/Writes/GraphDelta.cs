using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// The net effect of a validated change set on the graph, ready to apply. Updated nodes carry their new record;
/// a relationship replaced in the same set is both deleted and created. Deleted nodes' relationships are all in
/// <see cref="DeletedRelationships"/>.
/// </summary>
public sealed record GraphDelta(
    IReadOnlyList<NodeRecord> CreatedNodes,
    IReadOnlyList<NodeRecord> UpdatedNodes,
    IReadOnlyList<NodeRecord> DeletedNodes,
    IReadOnlyList<RelationshipRecord> CreatedRelationships,
    IReadOnlyList<RelationshipRecord> DeletedRelationships)
{
    public bool IsEmpty =>
        CreatedNodes.Count + UpdatedNodes.Count + DeletedNodes.Count + CreatedRelationships.Count + DeletedRelationships.Count == 0;

    public WriteResult ToResult(long dataVersion) => new(
        dataVersion,
        [.. CreatedNodes.Select(n => n.Id)],
        [.. UpdatedNodes.Select(n => n.Id)],
        [.. DeletedNodes.Select(n => n.Id)],
        [.. CreatedRelationships.Select(KeyOf)],
        [.. DeletedRelationships.Select(KeyOf)]);

    /// <summary>
    /// A new graph with this delta applied (the given one is left as is): survivors keep their order, updated
    /// nodes keep their place, created records come last. Linear in the size of the graph.
    /// </summary>
    public GraphData ApplyTo(GraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var deletedNodes = DeletedNodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var updatedNodes = UpdatedNodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var nodes = new List<NodeRecord>(data.Nodes.Count + CreatedNodes.Count);
        foreach (var node in data.Nodes)
        {
            if (!deletedNodes.Contains(node.Id))
            {
                nodes.Add(updatedNodes.GetValueOrDefault(node.Id, node));
            }
        }

        nodes.AddRange(CreatedNodes);

        var deletedRelationships = DeletedRelationships.Select(RelationshipIdentity.Of).ToHashSet();
        var relationships = new List<RelationshipRecord>(data.Relationships.Count + CreatedRelationships.Count);
        relationships.AddRange(deletedRelationships.Count == 0
            ? data.Relationships
            : data.Relationships.Where(r => !deletedRelationships.Contains(RelationshipIdentity.Of(r))));
        relationships.AddRange(CreatedRelationships);
        return new GraphData(nodes, relationships);
    }

    /// <summary>The relationship's key: type, ends and identifying property values.</summary>
    public static RelationshipKey KeyOf(RelationshipRecord relationship) =>
        new(relationship.Definition.Type, relationship.StartId, relationship.EndId) { Identifying = IdentifyingValues.Map(relationship) };
}
