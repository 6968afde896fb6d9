using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>
/// The region a node belongs to: for a territory, itself or the region above it (following PART_OF up); for any
/// other node, the region of the first territory it is placed in (an actor BASED_IN, an alliance LOCATED_IN, a
/// catalyst ACTIVE_IN, a network COVERS), in the view's neighbour order. Null when there is none (national nodes).
/// </summary>
public static class NodeRegion
{
    private const string RegionLevel = "REGION";

    public static int? Of(GraphView view, int node)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Node(node).Label == DomainLabels.Territory)
        {
            return RegionAbove(view, node);
        }

        foreach (var incidence in view.Incident(node))
        {
            if (incidence.Direction == Direction.Outgoing && view.Node(incidence.Neighbor).Label == DomainLabels.Territory
                && RegionAbove(view, incidence.Neighbor) is { } region)
            {
                return region;
            }
        }

        return null;
    }

    private static int? RegionAbove(GraphView view, int territory)
    {
        for (var hops = 0; hops < 8; hops++)
        {
            if (view.Node(territory).Properties.TryGetValue("level", out var level) && RegionLevel.Equals(level))
            {
                return territory;
            }

            var parents = view.Incident(territory, DomainRelationships.PartOf.Type, Direction.Outgoing);
            if (parents.IsEmpty)
            {
                return null;
            }

            territory = parents[0].Neighbor;
        }

        return null;
    }
}
