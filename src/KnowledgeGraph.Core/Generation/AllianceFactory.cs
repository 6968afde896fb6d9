using KnowledgeGraph.Core.Generation.Vocabulary;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Core.Generation.AllianceVocabulary;

namespace KnowledgeGraph.Core.Generation;

/// <summary>Creates one alliance (ALL-S-…) with its territory, fields, SDG links and participants.</summary>
internal sealed class AllianceFactory(
    GraphBuilder graph, DeterministicRandom random, CuratedReference curated, Weighted<RegionInfo> regions, ActorFactory actors)
{
    public const int LastYear = 2023;
    private const int ReusePercent = 35;

    private readonly PlacePicker _places = new(random);
    private readonly Weighted<string> _domains = new(curated.Domains.Select(d => (d, DomainWeight(d))).ToArray());
    private readonly Weighted<string> _targets = new(curated.Sdg17Targets.Select(t => (t, TargetWeight(t))).ToArray());
    private readonly HashSet<string> _sdgs = curated.Sdgs.ToHashSet(StringComparer.Ordinal);

    public SyntheticAlliance Create(int number)
    {
        var id = $"ALL-S-{number:D6}";
        var region = regions.Pick(random);
        var department = random.Pick(region.Departments);
        var category = Categories.Pick(random);
        var domains = _domains.PickDistinct(random, random.Between(1, 3));
        var theme = random.Pick(DomainThemes.Themes(domains[0]));
        var (placeOf, scale, regionWide) = Locate(id, region, department);
        var startYear = StartYears.Pick(random);
        long? endYear = random.Percent(20) && startYear + 2 <= LastYear ? random.Between(startYear + 2, Math.Min(LastYear, startYear + 8)) : null;
        var participants = Participants(id, category, region, department, startYear, (int?)endYear ?? LastYear);

        graph.Node(DomainLabels.Alliance, id,
            ("name", $"{random.Pick(NamePrefixes(category))} {theme} {placeOf}"),
            ("category", category),
            ("objectives", Ordered(Objectives(category).PickDistinct(random, random.Between(1, 2)), DomainEnums.AllianceObjective)),
            ("impacts", Ordered(Impacts(category).PickDistinct(random, random.Between(1, 3)), DomainEnums.Impact)),
            ("phase", category == "SOCIETAL_INNOVATION" || random.Percent(50) ? Phases.Pick(random) : null),
            ("scale", scale),
            ("startYear", (long)startYear),
            ("endYear", endYear),
            ("description", $"{CategoryLabel(category)} : {theme.ToLowerInvariant()} {placeOf}, {participants} partenaires depuis {startYear}."));
        foreach (var domain in domains)
        {
            graph.Relate(DomainRelationships.ActsIn, id, domain);
        }

        LinkSdgs(id, domains);
        return new SyntheticAlliance(id, region, department, regionWide);
    }

    private (string PlaceOf, string Scale, bool RegionWide) Locate(string id, RegionInfo region, DepartmentInfo department)
    {
        var draw = random.Next(100);
        if (draw < 15)
        {
            graph.Relate(DomainRelationships.LocatedIn, id, region.Id);
            var wide = random.Percent(15) ? random.Pick<string>(["NATIONAL", "EUROPEAN", "INTERNATIONAL"]) : "REGIONAL";
            return (_places.InRegion(region).Of, wide, true);
        }

        if (draw < 35 && department.Communes.Count > 0)
        {
            var commune = random.Pick(department.Communes);
            graph.Relate(DomainRelationships.LocatedIn, id, commune.Id);
            return (FrenchPlace.Of(commune.Name), random.Percent(50) ? "MICRO_LOCAL" : "LOCAL", false);
        }

        graph.Relate(DomainRelationships.LocatedIn, id, department.Id);
        if (random.Percent(10) && region.Departments.Count > 1)
        {
            var other = random.Pick(region.Departments);
            if (other != department)
            {
                graph.Relate(DomainRelationships.LocatedIn, id, other.Id);
            }
        }

        return (_places.Near(region, department).Of, random.Percent(60) ? "DEPARTMENTAL" : "LOCAL", false);
    }

    private void LinkSdgs(string id, List<string> domains)
    {
        graph.Relate(DomainRelationships.ContributesToSdg, id, CuratedReference.Sdg17);
        foreach (var target in _targets.PickDistinct(random, random.Between(1, 3)))
        {
            graph.Relate(DomainRelationships.ContributesToTarget, id, target);
        }

        var related = domains.SelectMany(DomainThemes.Sdgs).Where(_sdgs.Contains).Distinct().ToList();
        if (related.Count > 0 && random.Percent(45))
        {
            graph.Relate(DomainRelationships.ContributesToSdg, id, random.Pick(related));
        }
    }

    private int Participants(string id, string category, RegionInfo region, DepartmentInfo department, int startYear, int lastYear)
    {
        var count = ParticipantCounts.Pick(random);
        var (first, second) = random.Percent(80) ? ("COMPANY", "ASSOCIATION") : CorePair(category);
        var kinds = new List<string> { first, second };
        while (kinds.Count < count)
        {
            kinds.Add(ParticipantKinds.Pick(random));
        }

        var chosen = new List<SyntheticActor>(count);
        foreach (var kind in kinds)
        {
            var (homeRegion, homeDepartment) = random.Percent(90)
                ? (region, random.Percent(60) ? department : random.Pick(region.Departments))
                : OtherRegion();
            var actor = actors.Find(kind, homeRegion, homeDepartment, ReusePercent, startYear);
            for (var attempt = 0; chosen.Contains(actor) && attempt < 5; attempt++)
            {
                actor = actors.Find(kind, homeRegion, homeDepartment, attempt < 3 ? ReusePercent : 0, startYear);
            }

            if (!chosen.Contains(actor))
            {
                chosen.Add(actor);
            }
        }

        var initiator = category == "SOCIETAL_INNOVATION" && random.Percent(50) && chosen.Find(a => a.Kind == "ASSOCIATION") is { } association
            ? association
            : random.Pick(chosen);
        foreach (var actor in chosen)
        {
            var role = actor == initiator ? "INITIATOR" : Role(actor.Kind, category);
            var since = actor == initiator ? startYear : Math.Min(lastYear, startYear + random.Next(3));
            graph.Relate(DomainRelationships.ParticipatesIn, actor.Id, id, ("role", role), ("since", (long)since));
        }

        return chosen.Count;
    }

    private (RegionInfo, DepartmentInfo) OtherRegion()
    {
        var other = regions.Pick(random);
        return (other, random.Pick(other.Departments));
    }

    private string Role(string kind, string category) => kind switch
    {
        "FOUNDATION" => random.Percent(80) ? "FUNDER" : "PARTNER",
        "LOCAL_AUTHORITY" => random.Percent(50) ? "FUNDER" : "PARTNER",
        "RESEARCH" => random.Percent(60) ? "EVALUATOR" : "PARTNER",
        "SOCIAL_ECONOMY" => random.Percent(50) ? "OPERATOR" : "PARTNER",
        "COMPANY" when category == "PATRONAGE" => random.Percent(60) ? "FUNDER" : "PARTNER",
        _ => random.Percent(80) ? "PARTNER" : "OPERATOR",
    };

    private static List<string> Ordered(List<string> values, EnumDef enumDef) =>
        values.OrderBy(v => enumDef.Values.TakeWhile(e => e != v).Count()).ToList();
}
