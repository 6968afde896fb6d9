using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Territories;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>
/// A territory and every territory inside it (following PART_OF down), as the <c>within</c> filters mean it.
/// A node is within the scope when it is one of those territories or has a relationship to one of them
/// (an alliance LOCATED_IN, an actor BASED_IN, a network COVERS, a catalyst ACTIVE_IN).
/// </summary>
public sealed class TerritoryScope
{
    private readonly GraphView _view;
    private readonly bool[] _inside;

    private TerritoryScope(GraphView view, bool[] inside)
    {
        _view = view;
        _inside = inside;
    }

    /// <summary>
    /// The scope of the territory <paramref name="typed"/> names: its id (any case), INSEE code or name
    /// (<see cref="TerritoryDirectory"/>); UNKNOWN_TERRITORY or AMBIGUOUS_TERRITORY otherwise.
    /// </summary>
    public static TerritoryScope Of(GraphView view, string typed)
    {
        ArgumentNullException.ThrowIfNull(view);
        var territoryId = TerritoryDirectory.Of(view).Resolve(typed);
        if (!view.TryGetIndex(territoryId, out var root) || view.Node(root).Label != DomainLabels.Territory)
        {
            throw AnalyticsErrors.UnknownId(territoryId, "territory");
        }

        var inside = new bool[view.NodeCount];
        inside[root] = true;
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var territory))
        {
            foreach (var child in view.Incident(territory, DomainRelationships.PartOf.Type, Direction.Incoming))
            {
                if (!inside[child.Neighbor])
                {
                    inside[child.Neighbor] = true;
                    pending.Push(child.Neighbor);
                }
            }
        }

        return new TerritoryScope(view, inside);
    }

    public bool IsTerritoryInside(int node) => _inside[node];

    public bool Contains(int node)
    {
        if (_inside[node])
        {
            return true;
        }

        foreach (var incidence in _view.Incident(node))
        {
            if (incidence.Direction == Direction.Outgoing && _inside[incidence.Neighbor])
            {
                return true;
            }
        }

        return false;
    }
}
