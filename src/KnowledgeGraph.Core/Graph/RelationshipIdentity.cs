using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// What makes a relationship unique, its key: its definition, its ends and the values of its identifying properties.
/// Parallel relationships (two of one type between the same two nodes) differ in those values.
/// </summary>
internal readonly record struct RelationshipIdentity(RelationshipDef Definition, string StartId, string EndId, IdentifyingValues Values)
{
    public static RelationshipIdentity Of(RelationshipRecord relationship) =>
        new(relationship.Definition, relationship.StartId, relationship.EndId, IdentifyingValues.Of(relationship));
}
