using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

/// <summary>An <see cref="IGraphLookup"/> over a whole <see cref="GraphData"/>, indexed once (linear in its size).</summary>
public sealed class GraphDataLookup : IGraphLookup
{
    private readonly Dictionary<string, NodeRecord> _nodes;
    private readonly Dictionary<string, List<RelationshipRecord>> _relationships;

    public GraphDataLookup(GraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _nodes = new Dictionary<string, NodeRecord>(data.Nodes.Count, StringComparer.Ordinal);
        foreach (var node in data.Nodes)
        {
            _nodes[node.Id] = node;
        }

        _relationships = new Dictionary<string, List<RelationshipRecord>>(data.Nodes.Count, StringComparer.Ordinal);
        foreach (var relationship in data.Relationships)
        {
            Add(relationship.StartId, relationship);
            if (relationship.EndId != relationship.StartId)
            {
                Add(relationship.EndId, relationship);
            }
        }
    }

    public NodeRecord? FindNode(string id) => _nodes.GetValueOrDefault(id);

    public IEnumerable<RelationshipRecord> RelationshipsOf(string nodeId) =>
        _relationships.TryGetValue(nodeId, out var list) ? list : [];

    private void Add(string nodeId, RelationshipRecord relationship)
    {
        if (!_relationships.TryGetValue(nodeId, out var list))
        {
            list = [];
            _relationships[nodeId] = list;
        }

        list.Add(relationship);
    }
}
