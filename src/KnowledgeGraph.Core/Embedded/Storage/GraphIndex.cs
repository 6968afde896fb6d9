using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// The immutable in-memory graph: nodes by global index (grouped by label, sorted by id within a label), the id
/// index, one table per label and per relationship definition, the territory hierarchy and the search index.
/// </summary>
internal sealed class GraphIndex(
    GraphSchema schema,
    NodeRecord[] nodes,
    string[] ids,
    IReadOnlyDictionary<LabelDef, LabelTable> labels,
    IReadOnlyDictionary<RelationshipDef, RelationshipTable> relationships,
    TerritoryHierarchy? territories,
    SearchIndex search)
{
    public GraphSchema Schema { get; } = schema;

    public NodeRecord[] Nodes { get; } = nodes;

    /// <summary>The id of each node, by index (sorted within each label's range).</summary>
    public string[] Ids { get; } = ids;

    public NodeIdIndex NodeById { get; } = new(ids, [.. schema.Labels.Select(l => (labels[l].Start, labels[l].End))]);

    public IReadOnlyDictionary<LabelDef, LabelTable> Labels { get; } = labels;

    public IReadOnlyDictionary<RelationshipDef, RelationshipTable> Relationships { get; } = relationships;

    public TerritoryHierarchy? Territories { get; } = territories;

    public SearchIndex Search { get; } = search;

    public IEnumerable<LabelTable> LabelTables => Labels.Values;

    public LabelTable Table(LabelDef label) => Labels.TryGetValue(label, out var table)
        ? table
        : throw new InvalidQueryException("INVALID_QUERY", $"The label '{label.Name}' is not part of this graph's schema.");

    public RelationshipTable Table(RelationshipDef relationship) => Relationships.TryGetValue(relationship, out var table)
        ? table
        : throw new InvalidQueryException("INVALID_QUERY", $"The relationship {relationship} is not part of this graph's schema.");
}
