using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Equivalence.Tests.Differential;

/// <summary>The values the data holds, per label and property (and per relationship property), to build filters that match.</summary>
public sealed class ValuePool
{
    private readonly Dictionary<(string Label, string Property), List<object>> _byLabel = [];
    private readonly Dictionary<string, List<object>> _byProperty = [];

    public ValuePool(GraphData data)
    {
        foreach (var node in data.Nodes)
        {
            Add(node.Label.Name, GraphSchema.IdProperty, node.Id);
            foreach (var (name, value) in node.Properties)
                Add(node.Label.Name, name, value);
        }

        foreach (var relationship in data.Relationships)
        {
            foreach (var (name, value) in relationship.Properties)
                Add("", name, value);
        }

        TerritoryIds = data.Nodes.Where(n => n.Label.Name == "Territory").Select(n => n.Id).ToList();
    }

    public IReadOnlyList<string> TerritoryIds { get; }

    /// <summary>The label's values of the property; for an edge property (no label) or an unknown pair, any values of that name.</summary>
    public IReadOnlyList<object> Of(string? label, string property) =>
        label is not null && _byLabel.TryGetValue((label, property), out var values) ? values
            : _byProperty.TryGetValue(property, out var any) ? any : [];

    private void Add(string label, string property, object value)
    {
        if (value is System.Collections.IEnumerable and not string)
            return; // list values: the enum-list operators draw from the enum instead
        if (!_byLabel.TryGetValue((label, property), out var values))
            _byLabel[(label, property)] = values = [];
        values.Add(value);
        if (!_byProperty.TryGetValue(property, out var any))
            _byProperty[property] = any = [];
        any.Add(value);
    }
}
