using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Writes.Internal;

/// <summary>What makes a relationship unique: its definition and its ends (no two of one type between two nodes).</summary>
internal readonly record struct RelationshipIdentity(RelationshipDef Definition, string StartId, string EndId)
{
    public static RelationshipIdentity Of(RelationshipRecord relationship) =>
        new(relationship.Definition, relationship.StartId, relationship.EndId);
}
