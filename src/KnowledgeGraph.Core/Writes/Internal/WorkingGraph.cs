using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Writes.Internal;

/// <summary>
/// The current graph with the changes of the operations validated so far laid over it, so that each operation
/// sees the ones before it. The current graph itself is never modified.
/// </summary>
internal sealed class WorkingGraph(IGraphLookup current)
{
    // A null value marks a deletion. Keys are never removed, so both keep the order changes were made in.
    private readonly Dictionary<string, NodeRecord?> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipIdentity, RelationshipRecord?> _relationships = [];
    private readonly Dictionary<string, HashSet<RelationshipIdentity>> _touchedByNode = new(StringComparer.Ordinal);

    public NodeRecord? FindNode(string id) => _nodes.TryGetValue(id, out var node) ? node : current.FindNode(id);

    /// <summary>The relationship with this key (type, ends, identifying values), or null.</summary>
    public RelationshipRecord? FindRelationship(RelationshipIdentity identity) =>
        _relationships.TryGetValue(identity, out var changed) ? changed : FindCurrent(identity);

    /// <summary>Every relationship of <paramref name="definition"/> from <paramref name="startId"/> to <paramref name="endId"/> (parallels).</summary>
    public IEnumerable<RelationshipRecord> RelationshipsBetween(RelationshipDef definition, string startId, string endId) =>
        RelationshipsOf(startId).Where(r => r.Definition == definition && r.StartId == startId && r.EndId == endId);

    public IEnumerable<RelationshipRecord> RelationshipsOf(string nodeId)
    {
        foreach (var relationship in current.RelationshipsOf(nodeId))
        {
            if (_relationships.Count == 0 || !_relationships.ContainsKey(RelationshipIdentity.Of(relationship)))
            {
                yield return relationship;
            }
        }

        if (_touchedByNode.TryGetValue(nodeId, out var touched))
        {
            foreach (var identity in touched)
            {
                if (_relationships[identity] is { } relationship)
                {
                    yield return relationship;
                }
            }
        }
    }

    public void PutNode(NodeRecord node) => _nodes[node.Id] = node;

    public void RemoveNode(string id) => _nodes[id] = null;

    public void PutRelationship(RelationshipRecord relationship) => Change(RelationshipIdentity.Of(relationship), relationship);

    public void RemoveRelationship(RelationshipRecord relationship) => Change(RelationshipIdentity.Of(relationship), null);

    /// <summary>The net difference from the current graph.</summary>
    public GraphDelta ToDelta()
    {
        List<NodeRecord> created = [], updated = [], deleted = [];
        foreach (var (id, node) in _nodes)
        {
            var before = current.FindNode(id);
            if (before is null && node is not null)
            {
                created.Add(node);
            }
            else if (before is not null)
            {
                (node is null ? deleted : updated).Add(node ?? before);
            }
        }

        List<RelationshipRecord> linked = [], unlinked = [];
        foreach (var (identity, relationship) in _relationships)
        {
            if (FindCurrent(identity) is { } before && !ReferenceEquals(before, relationship))
            {
                unlinked.Add(before);
            }

            if (relationship is not null)
            {
                linked.Add(relationship);
            }
        }

        return new GraphDelta(created, updated, deleted, linked, unlinked);
    }

    private void Change(RelationshipIdentity identity, RelationshipRecord? relationship)
    {
        _relationships[identity] = relationship;
        Touch(identity.StartId, identity);
        Touch(identity.EndId, identity);
    }

    private void Touch(string nodeId, RelationshipIdentity identity)
    {
        if (!_touchedByNode.TryGetValue(nodeId, out var touched))
        {
            touched = [];
            _touchedByNode[nodeId] = touched;
        }

        touched.Add(identity);
    }

    private RelationshipRecord? FindCurrent(RelationshipIdentity identity) =>
        current.RelationshipsOf(identity.StartId).FirstOrDefault(r =>
            r.Definition == identity.Definition && r.StartId == identity.StartId && r.EndId == identity.EndId &&
            IdentifyingValues.Of(r) == identity.Values);
}
