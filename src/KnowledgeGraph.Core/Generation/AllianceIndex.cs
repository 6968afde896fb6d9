namespace KnowledgeGraph.Core.Generation;

/// <summary>Generated alliances by department and by region, for catalysts to support alliances of their territory.</summary>
internal sealed class AllianceIndex
{
    private readonly Dictionary<string, List<SyntheticAlliance>> _byDepartment = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyntheticAlliance>> _byRegion = new(StringComparer.Ordinal);

    public void Add(SyntheticAlliance alliance)
    {
        Add(_byRegion, alliance.Region.Id, alliance);
        if (!alliance.RegionWide)
        {
            Add(_byDepartment, alliance.Department.Id, alliance);
        }
    }

    /// <summary>The alliances located in the department, or anywhere in the region when no department is given.</summary>
    public IReadOnlyList<SyntheticAlliance> In(RegionInfo region, DepartmentInfo? department) =>
        (department is null ? _byRegion.GetValueOrDefault(region.Id) : _byDepartment.GetValueOrDefault(department.Id)) ?? [];

    private static void Add(Dictionary<string, List<SyntheticAlliance>> index, string key, SyntheticAlliance alliance)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(alliance);
    }
}
