using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Tests.Generation;

/// <summary>A minimal curated graph built in memory: two regions, three departments, one commune, a few fields and SDGs.</summary>
internal static class TinyCurated
{
    public static GraphData Create(bool withTargets = true, bool withDomains = true)
    {
        var nodes = new List<NodeRecord>
        {
            Territory("FR", "France", "COUNTRY"),
            Territory("REG-76", "Occitanie", "REGION"),
            Territory("REG-11", "Île-de-France", "REGION"),
            Territory("DEP-34", "Hérault", "DEPARTMENT"),
            Territory("DEP-31", "Haute-Garonne", "DEPARTMENT"),
            Territory("DEP-75", "Paris", "DEPARTMENT"),
            Territory("COM-34172", "Montpellier", "COMMUNE"),
            Node(DomainLabels.Sdg, "SDG-17", ("name", "Partenariats"), ("number", 17L)),
            Node(DomainLabels.Sdg, "SDG-3", ("name", "Santé"), ("number", 3L)),
        };
        if (withDomains)
        {
            nodes.Add(Node(DomainLabels.Domain, "DOM-ENVIRONMENT", ("name", "Environnement")));
            nodes.Add(Node(DomainLabels.Domain, "DOM-HEALTH-SOCIAL", ("name", "Santé et social")));
        }

        if (withTargets)
        {
            nodes.AddRange(new[] { "SDG-17.16", "SDG-17.17", "SDG-17.1" }.Select(t => Node(DomainLabels.SdgTarget, t, ("code", t[4..]), ("title", t))));
        }

        var partOf = new[] { ("REG-76", "FR"), ("REG-11", "FR"), ("DEP-34", "REG-76"), ("DEP-31", "REG-76"), ("DEP-75", "REG-11"), ("COM-34172", "DEP-34") }
            .Select(p => new RelationshipRecord(DomainRelationships.PartOf, p.Item1, p.Item2, new Dictionary<string, object>()))
            .ToList();
        return new GraphData(nodes, partOf);
    }

    private static NodeRecord Territory(string id, string name, string level) =>
        Node(DomainLabels.Territory, id, ("name", name), ("level", level));

    private static NodeRecord Node(LabelDef label, string id, params (string, object)[] properties)
    {
        var values = properties.ToDictionary(p => p.Item1, p => p.Item2);
        values["id"] = id;
        values["source"] = "CURATED";
        return new NodeRecord(label, id, values);
    }
}
