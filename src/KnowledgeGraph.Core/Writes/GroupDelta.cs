using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes.Internal;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// The writes of one commit group laid one over the other on the state before the group. As a lookup it is the
/// state the writes pushed so far leave, so each write is validated as if it ran alone after them; its net effect on
/// the state before the group is one delta, so the in-memory index is patched once per group instead of once per write.
/// </summary>
internal sealed class GroupDelta(IGraphLookup before) : IGraphLookup
{
    private readonly WorkingGraph _graph = new(before);

    public NodeRecord? FindNode(string id) => _graph.FindNode(id);

    public IEnumerable<RelationshipRecord> RelationshipsOf(string nodeId) => _graph.RelationshipsOf(nodeId);

    /// <summary>Lays one validated write's delta (computed against this lookup) over the writes before it.</summary>
    public void Push(GraphDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        foreach (var relationship in delta.DeletedRelationships)
        {
            _graph.RemoveRelationship(relationship);
        }

        foreach (var node in delta.DeletedNodes)
        {
            _graph.RemoveNode(node.Id);
        }

        foreach (var node in delta.UpdatedNodes)
        {
            _graph.PutNode(node);
        }

        foreach (var node in delta.CreatedNodes)
        {
            _graph.PutNode(node);
        }

        foreach (var relationship in delta.CreatedRelationships)
        {
            _graph.PutRelationship(relationship);
        }
    }

    /// <summary>
    /// The net difference between the state the pushed writes leave and the state before the group. A node deleted
    /// and created again in the group is updated (ids are unique across labels and each label has its own id
    /// pattern, so it comes back under the same label).
    /// </summary>
    public GraphDelta ToDelta() => _graph.ToDelta();
}
