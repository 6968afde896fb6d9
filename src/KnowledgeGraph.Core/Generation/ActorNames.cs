using KnowledgeGraph.Core.Generation.Vocabulary;
using static KnowledgeGraph.Core.Generation.Vocabulary.FrenchWords;

namespace KnowledgeGraph.Core.Generation;

/// <summary>Plausible French names and one-line descriptions for generated actors, by kind.</summary>
internal sealed class ActorNames(DeterministicRandom random, PlacePicker places)
{
    public string Company(string size, RegionInfo region, DepartmentInfo department, out string sector)
    {
        sector = random.Pick(Sectors);
        var (_, bare) = places.Near(region, department);
        var surname = random.Pick(Surnames);
        return size switch
        {
            "LARGE" => random.Percent(50) ? $"Groupe {surname} {sector}" : $"{sector} {bare} Groupe",
            "MID_CAP" => $"{surname} {sector} SA",
            _ => random.Next(3) switch
            {
                0 => $"{bare} {sector} {random.Pick(size == "MICRO" ? MicroForms : SmeForms)}",
                1 => $"{surname} {sector}",
                _ => $"{sector} {bare}",
            },
        };
    }

    public string Association(string theme, RegionInfo region, DepartmentInfo department)
    {
        var (of, bare) = places.Near(region, department);
        return random.Next(3) switch
        {
            0 => $"Association {theme} {of}",
            1 => $"{theme} {bare}",
            _ => $"Les Amis {of}",
        };
    }

    public string Foundation(RegionInfo region, DepartmentInfo department)
    {
        var (_, bare) = places.Near(region, department);
        return random.Percent(60) ? $"Fondation {random.Pick(Surnames)} {random.Pick(FoundationCauses)}" : $"Fonds de dotation {bare} Solidaire";
    }

    public string PublicInstitution(RegionInfo region, DepartmentInfo department) =>
        $"{random.Pick(PublicBodies)} {places.Near(region, department).Of}";

    public string Research(RegionInfo region, DepartmentInfo department) =>
        $"{random.Pick(ResearchBodies)} {random.Pick(ResearchTopics)} {places.Near(region, department).Bare}";

    public string SocialEconomy(string theme, RegionInfo region, DepartmentInfo department) =>
        $"{random.Pick(SocialEconomyForms)} {theme} {places.Near(region, department).Bare}";

    public static string LocalAuthority(string level, string name) => level switch
    {
        "REGION" => $"Région {name}",
        "DEPARTMENT" => $"Département {FrenchPlace.OfDepartment(name)}",
        _ => $"Ville {FrenchPlace.Of(name)}",
    };
}
