using System.Collections.Frozen;

namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// The declarative graph schema: labels, properties, enums and relationship types. It drives the GraphQL types,
/// filter and sort inputs, seed validation, the stores and the Cypher compiler. Lookups are by exact name.
/// </summary>
public sealed class GraphSchema
{
    public const string IdProperty = "id";
    public const string SourceProperty = "source";

    private readonly FrozenDictionary<string, LabelDef> _labels;
    private readonly FrozenDictionary<LabelDef, IReadOnlyList<RelationshipField>> _fieldsByLabel;

    public GraphSchema(IReadOnlyList<EnumDef> enums, IReadOnlyList<LabelDef> labels, IReadOnlyList<RelationshipDef> relationships)
    {
        Enums = enums;
        Labels = labels;
        Relationships = relationships;
        _labels = labels.ToFrozenDictionary(l => l.Name, StringComparer.Ordinal);
        _fieldsByLabel = labels.ToFrozenDictionary(
            l => l,
            l => (IReadOnlyList<RelationshipField>)relationships
                .SelectMany(r => new[] { r.Outgoing, r.Incoming })
                .Where(f => f.Source == l)
                .ToList());
    }

    public IReadOnlyList<EnumDef> Enums { get; }

    public IReadOnlyList<LabelDef> Labels { get; }

    public IReadOnlyList<RelationshipDef> Relationships { get; }

    public IEnumerable<string> RelationshipTypes => Relationships.Select(r => r.Type).Distinct();

    public LabelDef? FindLabel(string name) => _labels.GetValueOrDefault(name);

    public LabelDef Label(string name) =>
        FindLabel(name) ?? throw new KeyNotFoundException($"The graph schema has no label '{name}'.");

    /// <summary>The relationship fields that start at <paramref name="label"/>, outgoing and incoming.</summary>
    public IReadOnlyList<RelationshipField> FieldsOf(LabelDef label) => _fieldsByLabel[label];

    public RelationshipField? FindField(LabelDef label, string fieldName) =>
        FieldsOf(label).FirstOrDefault(f => string.Equals(f.Name, fieldName, StringComparison.Ordinal));

    /// <summary>The definition of <paramref name="type"/> between these two labels, if the schema has one.</summary>
    public RelationshipDef? FindRelationship(string type, LabelDef from, LabelDef to) =>
        Relationships.FirstOrDefault(r => r.Type == type && r.From == from && r.To == to);

    /// <summary>The label whose id pattern this id follows (the patterns do not overlap, so ids are unique across labels).</summary>
    public LabelDef? LabelOfId(string id) => Labels.FirstOrDefault(l => l.IsValidId(id));
}
