using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// The immutable in-memory graph: nodes by global index (grouped by label, sorted by id within a label), the id
/// index, one table per label and per relationship definition, the territory hierarchy and the search index.
/// </summary>
internal sealed class GraphIndex(
    NodeRecord[] nodes,
    IReadOnlyDictionary<string, int> nodeById,
    IReadOnlyDictionary<LabelDef, LabelTable> labels,
    IReadOnlyDictionary<RelationshipDef, RelationshipTable> relationships,
    TerritoryHierarchy? territories,
    SearchIndex search)
{
    public NodeRecord[] Nodes { get; } = nodes;

    public string[] Ids { get; } = [.. nodes.Select(n => n.Id)];

    public IReadOnlyDictionary<string, int> NodeById { get; } = nodeById;

    public TerritoryHierarchy? Territories { get; } = territories;

    public SearchIndex Search { get; } = search;

    public IEnumerable<LabelTable> LabelTables => labels.Values;

    public LabelTable Table(LabelDef label) => labels.TryGetValue(label, out var table)
        ? table
        : throw new InvalidQueryException("INVALID_QUERY", $"The label '{label.Name}' is not part of this graph's schema.");

    public RelationshipTable Table(RelationshipDef relationship) => relationships.TryGetValue(relationship, out var table)
        ? table
        : throw new InvalidQueryException("INVALID_QUERY", $"The relationship {relationship} is not part of this graph's schema.");
}
