using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Schema.Model.DomainRelationships;

namespace KnowledgeGraph.Core.Tests.TestGraphs;

/// <summary>
/// Builds a small <see cref="GraphData"/> over the real domain schema in a few lines. Properties given as null are
/// left out (missing); every node gets <c>source = SYNTHETIC</c> unless told otherwise.
/// </summary>
public sealed class TestGraph
{
    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];

    public static GraphSchema Schema => KnowledgeGraphSchema.Instance;

    /// <summary>FR > REG-76 (Occitanie) > DEP-34 (Hérault) > COM-34172 (Montpellier); FR > REG-11 (Île-de-France) > DEP-75 (Paris).</summary>
    public static TestGraph France() => new TestGraph()
        .Territory("FR", "France", "COUNTRY")
        .Territory("REG-76", "Occitanie", "REGION", parent: "FR")
        .Territory("DEP-34", "Hérault", "DEPARTMENT", parent: "REG-76")
        .Territory("COM-34172", "Montpellier", "COMMUNE", parent: "DEP-34")
        .Territory("REG-11", "Île-de-France", "REGION", parent: "FR")
        .Territory("DEP-75", "Paris", "DEPARTMENT", parent: "REG-11");

    public TestGraph Node(LabelDef label, string id, params (string Name, object? Value)[] properties)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [GraphSchema.IdProperty] = id,
            [GraphSchema.SourceProperty] = "SYNTHETIC",
        };
        foreach (var (name, value) in properties)
        {
            _ = label.Property(name); // fails fast on a typo
            if (value is null)
            {
                values.Remove(name);
            }
            else
            {
                values[name] = value is int i ? (long)i : value;
            }
        }

        _nodes.Add(new NodeRecord(label, id, values));
        return this;
    }

    public TestGraph Link(RelationshipDef definition, string startId, string endId, params (string Name, object? Value)[] properties)
    {
        var values = properties
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Name, p => p.Value is int i ? (long)i : p.Value!, StringComparer.Ordinal);
        _relationships.Add(new RelationshipRecord(definition, startId, endId, values));
        return this;
    }

    public TestGraph Territory(string id, string name, string level, string? parent = null)
    {
        Node(DomainLabels.Territory, id, ("name", name), ("level", level));
        return parent is null ? this : Link(PartOf, id, parent);
    }

    public TestGraph Actor(string id, string name, string kind, params (string Name, object? Value)[] more) =>
        Node(DomainLabels.Actor, id, [("name", name), ("kind", kind), .. more]);

    public TestGraph Alliance(string id, string name, string category, params (string Name, object? Value)[] more) =>
        Node(DomainLabels.Alliance, id, [("name", name), ("category", category), .. more]);

    public TestGraph Participates(string actorId, string allianceId, string role, long? since = null) =>
        Link(ParticipatesIn, actorId, allianceId, ("role", role), ("since", since));

    public TestGraph Located(string allianceId, params string[] territoryIds)
    {
        foreach (var territory in territoryIds)
        {
            Link(LocatedIn, allianceId, territory);
        }

        return this;
    }

    public TestGraph Based(string actorId, string territoryId) => Link(BasedIn, actorId, territoryId);

    /// <summary>A copy without the node <paramref name="id"/> and its relationships (data that changed between two reads).</summary>
    public TestGraph Without(string id)
    {
        var copy = new TestGraph();
        copy._nodes.AddRange(_nodes.Where(n => n.Id != id));
        copy._relationships.AddRange(_relationships.Where(r => r.StartId != id && r.EndId != id));
        return copy;
    }

    public GraphData Build() => new([.. _nodes], [.. _relationships]);
}
