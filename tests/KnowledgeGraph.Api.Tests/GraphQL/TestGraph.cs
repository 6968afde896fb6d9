using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>A small graph built in a test: nodes and relationships with their properties.</summary>
internal sealed class TestGraph
{
    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];

    public IReadOnlyList<NodeRecord> Nodes => _nodes;

    public IReadOnlyList<RelationshipRecord> Relationships => _relationships;

    public TestGraph Node(LabelDef label, string id, params (string Name, object Value)[] properties)
    {
        var values = properties.ToDictionary(p => p.Name, p => p.Value);
        values[GraphSchema.IdProperty] = id;
        values[GraphSchema.SourceProperty] = "SYNTHETIC";
        _nodes.Add(new NodeRecord(label, id, values));
        return this;
    }

    public TestGraph Link(RelationshipDef definition, string startId, string endId, params (string Name, object Value)[] properties)
    {
        _relationships.Add(new RelationshipRecord(definition, startId, endId, properties.ToDictionary(p => p.Name, p => p.Value)));
        return this;
    }

    public GraphData Build() => new(_nodes, _relationships);

    public NodeRecord this[string id] => _nodes.Single(n => n.Id == id);

    public string Name(string id) => (string)this[id].Properties["name"];

    /// <summary>The ends of <paramref name="definition"/> relationships leaving <paramref name="startId"/>.</summary>
    public IEnumerable<string> Targets(RelationshipDef definition, string startId) =>
        _relationships.Where(r => r.Definition == definition && r.StartId == startId).Select(r => r.EndId);

    public IEnumerable<string> Sources(RelationshipDef definition, string endId) =>
        _relationships.Where(r => r.Definition == definition && r.EndId == endId).Select(r => r.StartId);
}
