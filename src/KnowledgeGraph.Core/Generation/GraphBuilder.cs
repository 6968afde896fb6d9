using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Generation;

/// <summary>Accumulates generated nodes and relationships; every node gets <c>source = SYNTHETIC</c>, null values are left out.</summary>
internal sealed class GraphBuilder
{
    public const string Source = "SYNTHETIC";

    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];

    public NodeRecord Node(LabelDef label, string id, params (string Name, object? Value)[] properties)
    {
        var values = new Dictionary<string, object>(properties.Length + 2, StringComparer.Ordinal)
        {
            [GraphSchema.IdProperty] = id,
        };
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                values[label.Property(name).Name] = value;
            }
        }

        values[GraphSchema.SourceProperty] = Source;
        var node = new NodeRecord(label, id, values);
        _nodes.Add(node);
        return node;
    }

    public void Relate(RelationshipDef definition, string startId, string endId, params (string Name, object? Value)[] properties)
    {
        IReadOnlyDictionary<string, object> values = NoProperties;
        if (properties.Length > 0)
        {
            var dictionary = new Dictionary<string, object>(properties.Length, StringComparer.Ordinal);
            foreach (var (name, value) in properties.Where(p => p.Value is not null))
            {
                dictionary[(definition.FindProperty(name) ?? throw new KeyNotFoundException($"{definition} has no property '{name}'.")).Name] = value!;
            }

            values = dictionary;
        }

        _relationships.Add(new RelationshipRecord(definition, startId, endId, values));
    }

    public GraphData Build() => new(_nodes, _relationships);
}
