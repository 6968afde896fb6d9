using KnowledgeGraph.Core.Generation.Vocabulary;

namespace KnowledgeGraph.Core.Generation;

/// <summary>Picks a local place for a name: the department itself or a place of its region, as "de …" and bare forms.</summary>
internal sealed class PlacePicker(DeterministicRandom random)
{
    public (string Of, string Bare) Near(RegionInfo region, DepartmentInfo department)
    {
        if (random.Percent(50))
        {
            return (FrenchPlace.OfDepartment(department.Name), department.Name);
        }

        var place = random.Pick(RegionFacts.Places(region));
        return (FrenchPlace.Of(place), FrenchPlace.Bare(place));
    }

    public (string Of, string Bare) InRegion(RegionInfo region)
    {
        var place = random.Pick(RegionFacts.Places(region));
        return (FrenchPlace.Of(place), FrenchPlace.Bare(place));
    }
}
