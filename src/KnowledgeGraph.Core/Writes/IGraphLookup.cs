using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// The current graph as a change set's validation sees it: nodes by id and each node's relationships. The embedded
/// store answers from memory; a Neo4j store can answer from the nodes a change set names, fetched up front.
/// </summary>
public interface IGraphLookup
{
    NodeRecord? FindNode(string id);

    /// <summary>Every relationship that starts or ends at <paramref name="nodeId"/>.</summary>
    IEnumerable<RelationshipRecord> RelationshipsOf(string nodeId);
}
