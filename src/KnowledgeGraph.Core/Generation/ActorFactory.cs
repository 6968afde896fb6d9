using KnowledgeGraph.Core.Generation.Vocabulary;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Generation;

/// <summary>
/// Creates actors (ACT-S-…) BASED_IN a department or one of its communes, and finds existing ones to reuse, so
/// that actors take part in several alliances and networks near home. Local authorities are one per territory.
/// </summary>
internal sealed class ActorFactory(GraphBuilder graph, DeterministicRandom random, IReadOnlyList<string> domains)
{
    private static readonly Weighted<string> Sizes = new(("MICRO", 45), ("SMALL_MEDIUM", 35), ("MID_CAP", 13), ("LARGE", 7));

    private readonly ActorNames _names = new(random, new PlacePicker(random));
    private readonly Dictionary<(string Region, string Kind), List<SyntheticActor>> _byRegionAndKind = [];
    private readonly Dictionary<string, List<SyntheticActor>> _byDepartment = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyntheticActor> _localAuthorities = new(StringComparer.Ordinal);
    private int _count;

    public int Count => _count;

    /// <summary>
    /// An actor of this kind from the region, founded in <paramref name="foundedBy"/> at the latest: an existing one
    /// with the given chance, otherwise a new one.
    /// </summary>
    public SyntheticActor Find(string kind, RegionInfo region, DepartmentInfo department, int reusePercent, int foundedBy)
    {
        if (kind == "LOCAL_AUTHORITY")
        {
            return LocalAuthority(region, department);
        }

        if (_byRegionAndKind.TryGetValue((region.Id, kind), out var existing) && existing.Count > 0 && random.Percent(reusePercent)
            && random.Pick(existing) is { } reused && reused.FoundedYear <= foundedBy)
        {
            return reused;
        }

        return Create(kind, region, department, foundedBy);
    }

    /// <summary>Actors based in the department (for network members), possibly none.</summary>
    public IReadOnlyList<SyntheticActor> InDepartment(string departmentId) =>
        _byDepartment.TryGetValue(departmentId, out var actors) ? actors : [];

    public SyntheticActor LocalAuthority(RegionInfo region, DepartmentInfo department)
    {
        // Mostly the department council; some regions and cities.
        var draw = random.Next(100);
        var (territoryId, level, name) = draw switch
        {
            < 20 => (region.Id, "REGION", region.Name),
            < 45 when department.Communes.Count > 0 => Commune(random.Pick(department.Communes)),
            _ => (department.Id, "DEPARTMENT", department.Name),
        };
        if (_localAuthorities.TryGetValue(territoryId, out var authority))
        {
            return authority;
        }

        // Local authorities predate every generated alliance and network: no founding year to check.
        authority = Register(new SyntheticActor(NextId(), "LOCAL_AUTHORITY", ActorNames.LocalAuthority(level, name), region, department, 0));
        graph.Node(DomainLabels.Actor, authority.Id, ("name", authority.Name), ("kind", authority.Kind),
            ("website", Website(authority.Name)), ("description", $"Collectivité territoriale ({Lower(level)})."));
        graph.Relate(DomainRelationships.BasedIn, authority.Id, territoryId);
        _localAuthorities[territoryId] = authority;
        return authority;
    }

    private static (string, string, string) Commune(CommuneInfo commune) => (commune.Id, "COMMUNE", commune.Name);

    private SyntheticActor Create(string kind, RegionInfo region, DepartmentInfo department, int foundedBy)
    {
        var theme = random.Pick(DomainThemes.Themes(random.Pick(domains)));
        string? size = null, sector = null, economicModel = null;
        bool? employer = null;
        var name = kind switch
        {
            "COMPANY" => _names.Company(size = Sizes.Pick(random), region, department, out sector),
            "ASSOCIATION" => _names.Association(theme, region, department),
            "FOUNDATION" => _names.Foundation(region, department),
            "PUBLIC_INSTITUTION" => _names.PublicInstitution(region, department),
            "RESEARCH" => _names.Research(region, department),
            _ => _names.SocialEconomy(theme, region, department),
        };
        if (kind == "ASSOCIATION")
        {
            employer = random.Percent(10);
            economicModel = random.Percent(60) ? "GENERAL_INTEREST" : "SOCIAL_UTILITY";
        }

        var founded = Math.Min(FoundedYear(kind, size), foundedBy);
        var actor = Register(new SyntheticActor(NextId(), kind, name, region, department, founded));
        graph.Node(DomainLabels.Actor, actor.Id, ("name", name), ("kind", kind), ("size", size), ("employer", employer),
            ("economicModel", economicModel), ("foundedYear", (long)founded),
            ("website", random.Percent(35) ? Website(name) : null), ("description", ActorDescriptions.Of(kind, size, sector, employer, theme)));
        var home = department.Communes.Count > 0 && random.Percent(25) ? random.Pick(department.Communes).Id : department.Id;
        graph.Relate(DomainRelationships.BasedIn, actor.Id, home);
        return actor;
    }

    private SyntheticActor Register(SyntheticActor actor)
    {
        if (!_byRegionAndKind.TryGetValue((actor.Region.Id, actor.Kind), out var list))
        {
            _byRegionAndKind[(actor.Region.Id, actor.Kind)] = list = [];
        }

        list.Add(actor);
        if (!_byDepartment.TryGetValue(actor.Department.Id, out var local))
        {
            _byDepartment[actor.Department.Id] = local = [];
        }

        local.Add(actor);
        return actor;
    }

    private int FoundedYear(string kind, string? size) => (kind, size) switch
    {
        ("COMPANY", "LARGE") => random.Between(1850, 1995),
        ("COMPANY", "MID_CAP") => random.Between(1950, 2010),
        ("COMPANY", _) => random.Between(1975, 2020),
        ("ASSOCIATION", _) => random.Percent(10) ? random.Between(1901, 1950) : random.Between(1951, 2020),
        ("PUBLIC_INSTITUTION", _) => random.Between(1945, 2015),
        ("SOCIAL_ECONOMY", _) => random.Between(1980, 2021),
        _ => random.Between(1960, 2020),
    };

    private string NextId() => $"ACT-S-{++_count:D6}";

    private static string Lower(string level) => level switch { "REGION" => "région", "DEPARTMENT" => "département", _ => "commune" };

    private static string Website(string name)
    {
        var slug = string.Concat(TextNormalizer.Normalize(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        return $"https://www.{string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries))}.example";
    }
}
