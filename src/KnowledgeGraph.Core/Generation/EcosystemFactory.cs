using KnowledgeGraph.Core.Generation.Vocabulary;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Core.Generation.Vocabulary.FrenchWords;

namespace KnowledgeGraph.Core.Generation;

/// <summary>
/// Creates one territorial ecosystem (NET-S-…, TERRITORIAL_ECOSYSTEM) covering a department or a region, its
/// catalyst (CAT-S-…), which animates it, is active in its territory and supports alliances located there, and the
/// actors of the territory that are members.
/// </summary>
internal sealed class EcosystemFactory(
    GraphBuilder graph, DeterministicRandom random, Weighted<RegionInfo> regions, ActorFactory actors, AllianceIndex alliances)
{
    private static readonly Weighted<string> MemberKinds = new(
        ("COMPANY", 30), ("ASSOCIATION", 30), ("FOUNDATION", 8), ("LOCAL_AUTHORITY", 12), ("PUBLIC_INSTITUTION", 8),
        ("RESEARCH", 4), ("SOCIAL_ECONOMY", 8));

    private static readonly Weighted<string> CatalystActorKinds =
        new(("ASSOCIATION", 40), ("LOCAL_AUTHORITY", 25), ("FOUNDATION", 15), ("PUBLIC_INSTITUTION", 10), ("SOCIAL_ECONOMY", 10));

    private readonly PlacePicker _places = new(random);

    public void Create(int number)
    {
        var networkId = $"NET-S-{number:D6}";
        var catalystId = $"CAT-S-{number:D6}";
        var region = regions.Pick(random);
        var department = random.Pick(region.Departments);
        var regionWide = random.Percent(20);
        var territoryId = regionWide ? region.Id : department.Id;
        var (placeOf, _) = regionWide ? _places.InRegion(region) : (FrenchPlace.OfDepartment(department.Name), department.Name);
        var founded = random.Between(2010, 2022);

        graph.Node(DomainLabels.Network, networkId,
            ("name", $"{random.Pick(EcosystemPrefixes)} {random.Pick(EcosystemThemes)} {placeOf}"),
            ("kind", "TERRITORIAL_ECOSYSTEM"),
            ("foundedYear", (long)founded),
            ("description", $"Écosystème territorial qui fait se rencontrer entreprises, associations et collectivités {placeOf}."));
        graph.Relate(DomainRelationships.Covers, networkId, territoryId);

        AddMembers(networkId, region, department, regionWide, founded);
        AddCatalyst(catalystId, networkId, territoryId, region, department, placeOf, founded);
        foreach (var alliance in random.Sample(alliances.In(region, regionWide ? null : department), random.Between(1, 4)))
        {
            graph.Relate(DomainRelationships.Supports, catalystId, alliance.Id);
        }
    }

    private void AddMembers(string networkId, RegionInfo region, DepartmentInfo department, bool regionWide, int founded)
    {
        var wanted = random.Between(4, 12);
        var members = new List<SyntheticActor>(wanted);
        for (var attempt = 0; members.Count < wanted && attempt < wanted * 3; attempt++)
        {
            var home = regionWide ? random.Pick(region.Departments) : department;
            var local = actors.InDepartment(home.Id);
            var actor = local.Count > 0 && random.Percent(75)
                ? random.Pick(local)
                : actors.Find(MemberKinds.Pick(random), region, home, reusePercent: 0, foundedBy: AllianceFactory.LastYear - 1);
            if (!members.Contains(actor))
            {
                members.Add(actor);
                var since = Math.Max(random.Between(founded, AllianceFactory.LastYear), actor.FoundedYear);
                graph.Relate(DomainRelationships.MemberOf, actor.Id, networkId, ("since", (long)since));
            }
        }
    }

    private void AddCatalyst(string catalystId, string networkId, string territoryId, RegionInfo region, DepartmentInfo department,
        string placeOf, int founded)
    {
        var person = random.Percent(25);
        SyntheticActor? actor = !person && random.Percent(60) ? actors.Find(CatalystActorKinds.Pick(random), region, department, 50, founded) : null;
        var name = person ? $"{random.Pick(FirstNames)} {random.Pick(Surnames)}"
            : actor?.Name ?? $"{random.Pick(CatalystOrganisations)} {placeOf}";
        var levers = new Weighted<string>(("FUNDING", 2), ("EXPERTISE_AND_NETWORK", 5), ("STRATEGY_ADVICE", 3), ("EVALUATION", 2))
            .PickDistinct(random, random.Between(1, 3))
            .OrderBy(l => DomainEnums.SupportLever.Values.TakeWhile(v => v != l).Count())
            .ToList();
        graph.Node(DomainLabels.Catalyst, catalystId,
            ("name", name),
            ("kind", person ? "PERSON" : "ORGANISATION"),
            ("since", (long)random.Between(founded, Math.Max(founded, 2022))),
            ("levers", levers),
            ("description", person ? $"Catalyseur territorial qui anime les coopérations {placeOf}." : $"Organisation qui anime l'écosystème des alliances {placeOf}."));
        graph.Relate(DomainRelationships.Animates, catalystId, networkId);
        graph.Relate(DomainRelationships.ActiveIn, catalystId, territoryId);
        if (actor is not null)
        {
            graph.Relate(DomainRelationships.Is, catalystId, actor.Id);
        }
    }
}
