using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// The region and department of each node, as export attributes <c>region</c>, <c>regionName</c>,
/// <c>department</c>, <c>departmentName</c>: a territory's own (itself, or the ones it is PART_OF, climbing), any other
/// node's through the territories it points to (an alliance LOCATED_IN, an actor BASED_IN, a network COVERS, a
/// catalyst ACTIVE_IN). A node placed in several regions gets them all (a list, '|'-joined in XML and CSV); a node
/// placed nowhere (or only at country level) gets none.
/// </summary>
public static class NodePlaces
{
    public const string Region = "region";
    public const string RegionName = "regionName";
    public const string Department = "department";
    public const string DepartmentName = "departmentName";

    private const int MaxClimb = 16;

    public static SubGraph Add(SubGraph graph, GraphView view)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(view);
        var ancestors = new Dictionary<int, (SortedSet<int> Regions, SortedSet<int> Departments)>();
        return ExportAttributes.Add(graph, node =>
        {
            if (!view.TryGetIndex(node.Id, out var index))
            {
                return [];
            }

            var regions = new SortedSet<int>();
            var departments = new SortedSet<int>();
            foreach (var territory in PlacesOf(view, index))
            {
                if (!ancestors.TryGetValue(territory, out var found))
                {
                    found = ancestors[territory] = Climb(view, territory);
                }

                regions.UnionWith(found.Regions);
                departments.UnionWith(found.Departments);
            }

            return [.. Values(view, Region, RegionName, regions), .. Values(view, Department, DepartmentName, departments)];
        });
    }

    private static IEnumerable<int> PlacesOf(GraphView view, int node)
    {
        if (view.Node(node).Label == DomainLabels.Territory)
        {
            return [node];
        }

        var places = new List<int>();
        foreach (var incidence in view.Incident(node))
        {
            if (incidence.Direction == Direction.Outgoing && view.Node(incidence.Neighbor).Label == DomainLabels.Territory)
            {
                places.Add(incidence.Neighbor);
            }
        }

        return places;
    }

    private static (SortedSet<int> Regions, SortedSet<int> Departments) Climb(GraphView view, int territory)
    {
        var regions = new SortedSet<int>();
        var departments = new SortedSet<int>();
        var seen = new HashSet<int> { territory };
        var level = new List<int> { territory };
        for (var step = 0; step < MaxClimb && level.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var place in level)
            {
                switch (view.Node(place).Properties.GetValueOrDefault("level") as string)
                {
                    case "REGION": regions.Add(place); break;
                    case "DEPARTMENT": departments.Add(place); break;
                }

                foreach (var parent in view.Incident(place, DomainRelationships.PartOf.Type, Direction.Outgoing))
                {
                    if (seen.Add(parent.Neighbor))
                    {
                        next.Add(parent.Neighbor);
                    }
                }
            }

            level = next;
        }

        return (regions, departments);
    }

    private static IEnumerable<KeyValuePair<string, object>> Values(GraphView view, string idName, string nameName, SortedSet<int> places)
    {
        if (places.Count == 0)
        {
            yield break;
        }

        var ids = places.Select(p => view.Node(p).Id).Order(StringComparer.Ordinal).ToList();
        var names = ids.Select(id => view.DisplayName(view.IndexOf(id))).ToList();
        yield return new(idName, ids.Count == 1 ? ids[0] : ids);
        yield return new(nameName, names.Count == 1 ? names[0] : names);
    }
}
