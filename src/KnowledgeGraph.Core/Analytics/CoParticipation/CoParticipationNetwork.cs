using System.Collections.Frozen;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Analytics.CoParticipation;

/// <summary>
/// The co-participation projection: actors linked when they take part in the same alliances, weighted by the number
/// of alliances they share. Its nodes are the actors of at least one counted alliance (isolated when they share none).
/// </summary>
public sealed class CoParticipationNetwork
{
    public const string EdgeType = "CO_PARTICIPATES";

    private readonly FrozenDictionary<(int, int), string[]> _shared;

    private CoParticipationNetwork(WeightedGraph graph, IReadOnlyList<string> allianceIds, FrozenDictionary<(int, int), string[]> shared)
    {
        Graph = graph;
        AllianceIds = allianceIds;
        _shared = shared;
    }

    public WeightedGraph Graph { get; }

    /// <summary>The alliances that passed the filter, in id order.</summary>
    public IReadOnlyList<string> AllianceIds { get; }

    /// <summary>The alliances two actors share, in id order (empty when they share none).</summary>
    public IReadOnlyList<string> SharedAlliances(string actorA, string actorB)
    {
        var a = Graph.IndexOf(actorA);
        var b = Graph.IndexOf(actorB);
        return _shared.GetValueOrDefault(a < b ? (a, b) : (b, a)) ?? [];
    }

    public static CoParticipationNetwork Build(GraphView view, CoParticipationFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var selector = new AllianceSelector(view, filter ?? CoParticipationFilter.None);
        var alliances = selector.Alliances().ToList();
        var actors = new SortedSet<int>();
        var shared = new Dictionary<(int, int), List<string>>();
        foreach (var alliance in alliances)
        {
            var participants = Participants(view, selector, alliance);
            actors.UnionWith(participants);
            for (var i = 0; i < participants.Length; i++)
            {
                for (var j = i + 1; j < participants.Length; j++)
                {
                    var key = (participants[i], participants[j]);
                    if (!shared.TryGetValue(key, out var list))
                    {
                        shared[key] = list = [];
                    }

                    list.Add(view.Node(alliance).Id);
                }
            }
        }

        var graph = WeightedGraph.Create(
            actors.Select(a => view.Node(a).Id),
            shared.Select(p => (view.Node(p.Key.Item1).Id, view.Node(p.Key.Item2).Id, (double)p.Value.Count)));
        var byGraphIndex = shared.ToFrozenDictionary(
            p => (graph.IndexOf(view.Node(p.Key.Item1).Id), graph.IndexOf(view.Node(p.Key.Item2).Id)),
            p => p.Value.ToArray());
        return new CoParticipationNetwork(graph, [.. alliances.Select(a => view.Node(a).Id)], byGraphIndex);
    }

    // Distinct actors in index (= id) order, so pairs are (smaller, larger) in both the view and the graph.
    private static int[] Participants(GraphView view, AllianceSelector selector, int alliance)
    {
        var participants = new SortedSet<int>();
        foreach (var incidence in view.Incident(alliance, DomainRelationships.ParticipatesIn.Type, Direction.Incoming))
        {
            if (selector.CountsAsParticipant(incidence.Neighbor, view.Edges[incidence.Edge].Record.Properties))
            {
                participants.Add(incidence.Neighbor);
            }
        }

        return [.. participants];
    }
}
