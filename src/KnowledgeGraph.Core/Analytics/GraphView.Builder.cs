using System.Collections.Frozen;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Analytics;

public sealed partial class GraphView
{
    private static ViewEdge[] BuildEdges(IReadOnlyList<RelationshipRecord> relationships, Dictionary<string, int> indexById)
    {
        var sorted = relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(); // stable: parallels keep input order
        var edges = new ViewEdge[sorted.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            var record = sorted[i];
            if (!indexById.TryGetValue(record.StartId, out var source) || !indexById.TryGetValue(record.EndId, out var target))
            {
                throw new ArgumentException($"The relationship {record.Id} points to a node that is not in the graph.", nameof(relationships));
            }

            var count = seen[record.Id] = seen.GetValueOrDefault(record.Id) + 1;
            var id = count == 1 ? record.Id : $"{record.Id}#{count}";
            edges[i] = new ViewEdge(id, record, source, target);
        }

        return edges;
    }

    private static (Incidence[][] Incident, FrozenDictionary<(string, Direction), Incidence[][]> ByType) BuildAdjacency(
        int nodeCount, ViewEdge[] edges)
    {
        var all = new List<Incidence>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            all[i] = [];
        }

        for (var e = 0; e < edges.Length; e++)
        {
            all[edges[e].Source].Add(new Incidence(e, edges[e].Target, Direction.Outgoing));
            all[edges[e].Target].Add(new Incidence(e, edges[e].Source, Direction.Incoming));
        }

        var incident = Freeze(all);
        return (incident, SplitByType(incident, edges));
    }

    // One array of per-node lists for each (type, direction) present; nodes without such relationships share [].
    private static FrozenDictionary<(string, Direction), Incidence[][]> SplitByType(Incidence[][] incident, ViewEdge[] edges)
    {
        var byType = new Dictionary<(string, Direction), Incidence[][]>();
        for (var node = 0; node < incident.Length; node++)
        {
            foreach (var group in incident[node].GroupBy(i => (edges[i.Edge].Type, i.Direction)))
            {
                if (!byType.TryGetValue(group.Key, out var lists))
                {
                    lists = new Incidence[incident.Length][];
                    Array.Fill(lists, []);
                    byType[group.Key] = lists;
                }

                lists[node] = [.. group]; // GroupBy keeps the (neighbour, edge) order
            }
        }

        return byType.ToFrozenDictionary();
    }

    // Neighbour index is id order, edge index is edge-id order: iteration order is deterministic.
    private static Incidence[][] Freeze(List<Incidence>[] lists) =>
        [.. lists.Select(l => l.Count == 0
            ? []
            : l.OrderBy(i => i.Neighbor).ThenBy(i => i.Edge).ToArray())];
}
