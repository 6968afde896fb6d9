using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Generation;

/// <summary>
/// What the generator takes from the curated graph: regions with their departments and communes (through
/// PART_OF), the fields of action, the SDGs and the targets of SDG 17. Every list is sorted by id so that the
/// output does not depend on the order of the curated files.
/// </summary>
public sealed class CuratedReference
{
    public const string Sdg17 = "SDG-17";
    public static readonly IReadOnlyList<string> RequiredTargets = ["SDG-17.16", "SDG-17.17"];

    private CuratedReference(IReadOnlyList<RegionInfo> regions, IReadOnlyList<string> domains, IReadOnlyList<string> sdgs,
        IReadOnlyList<string> sdg17Targets)
    {
        Regions = regions;
        Domains = domains;
        Sdgs = sdgs;
        Sdg17Targets = sdg17Targets;
    }

    public IReadOnlyList<RegionInfo> Regions { get; }

    public IReadOnlyList<string> Domains { get; }

    /// <summary>The goals other than SDG 17.</summary>
    public IReadOnlyList<string> Sdgs { get; }

    public IReadOnlyList<string> Sdg17Targets { get; }

    public static CuratedReference From(GraphData curated)
    {
        var territories = curated.Nodes.Where(n => n.Label == DomainLabels.Territory).ToDictionary(n => n.Id);
        var parents = curated.Relationships.Where(r => r.Definition == DomainRelationships.PartOf)
            .ToDictionary(r => r.StartId, r => r.EndId);
        var ids = curated.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();

        var regions = BuildRegions(territories, parents);
        if (regions.Count == 0)
        {
            missing.Add("no REGION territory with DEPARTMENT territories PART_OF it (Territory.csv, PART_OF.csv)");
        }

        var domains = IdsOf(curated, DomainLabels.Domain);
        if (domains.Count == 0)
        {
            missing.Add("no Domain (Domain.csv)");
        }

        if (!ids.Contains(Sdg17))
        {
            missing.Add($"no Sdg {Sdg17} (Sdg.csv)");
        }

        var targets = IdsOf(curated, DomainLabels.SdgTarget).Where(t => t.StartsWith(Sdg17 + ".", StringComparison.Ordinal)).ToList();
        missing.AddRange(RequiredTargets.Where(t => !targets.Contains(t)).Select(t => $"no SdgTarget {t} (SdgTarget.csv)"));
        if (missing.Count > 0)
        {
            throw new CuratedDataMissingException(missing);
        }

        return new CuratedReference(regions, domains, IdsOf(curated, DomainLabels.Sdg).Where(s => s != Sdg17).ToList(), targets);
    }

    private static List<RegionInfo> BuildRegions(Dictionary<string, NodeRecord> territories, Dictionary<string, string> parents)
    {
        string? ParentAt(string id, string level)
        {
            for (var current = parents.GetValueOrDefault(id); current is not null; current = parents.GetValueOrDefault(current))
            {
                if (territories.TryGetValue(current, out var node) && Level(node) == level)
                {
                    return current;
                }
            }

            return null;
        }

        var byLevel = territories.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToLookup(Level);
        var communes = byLevel["COMMUNE"]
            .Select(c => new CommuneInfo(c.Id, Name(c), ParentAt(c.Id, "DEPARTMENT") ?? ""))
            .ToLookup(c => c.DepartmentId);
        var departments = byLevel["DEPARTMENT"]
            .Select(d => new DepartmentInfo(d.Id, Name(d), ParentAt(d.Id, "REGION") ?? "", communes[d.Id].ToList()))
            .ToLookup(d => d.RegionId);
        return byLevel["REGION"]
            .Select(r => new RegionInfo(r.Id, Name(r), r.Properties.GetValueOrDefault("inseeCode") as string ?? r.Id[4..], departments[r.Id].ToList()))
            .Where(r => r.Departments.Count > 0)
            .ToList();
    }

    private static List<string> IdsOf(GraphData data, LabelDef label) =>
        data.Nodes.Where(n => n.Label == label).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();

    private static string Level(NodeRecord territory) => (string)territory.Properties["level"];

    private static string Name(NodeRecord node) => (string)node.Properties["name"];
}
