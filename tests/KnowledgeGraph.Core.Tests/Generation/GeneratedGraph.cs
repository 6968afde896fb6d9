using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Tests.Generation;

/// <summary>Plain LINQ views over a generated graph, for assertions.</summary>
internal sealed class GeneratedGraph(GraphData data)
{
    public GraphData Data { get; } = data;

    public IEnumerable<NodeRecord> Nodes(string label) => Data.Nodes.Where(n => n.Label.Name == label);

    public IEnumerable<RelationshipRecord> Relationships(string type) => Data.Relationships.Where(r => r.Definition.Type == type);

    public ILookup<string, RelationshipRecord> Outgoing(string type) => Relationships(type).ToLookup(r => r.StartId);

    public ILookup<string, RelationshipRecord> Incoming(string type) => Relationships(type).ToLookup(r => r.EndId);

    public Dictionary<string, NodeRecord> ById() => Data.Nodes.ToDictionary(n => n.Id);

    /// <summary>A territory id and every territory above it, through PART_OF (curated and generated relationships together).</summary>
    public static IEnumerable<string> AndAncestors(string territoryId, IReadOnlyDictionary<string, string> parents)
    {
        for (var id = territoryId; id is not null; id = parents.GetValueOrDefault(id))
        {
            yield return id;
        }
    }

    public static Dictionary<string, string> Parents(GraphData curated) =>
        curated.Relationships.Where(r => r.Definition == DomainRelationships.PartOf).ToDictionary(r => r.StartId, r => r.EndId);
}
