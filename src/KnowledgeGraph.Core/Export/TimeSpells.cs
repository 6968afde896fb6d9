using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Export;

/// <summary>A period in years, both ends included; <see cref="End"/> null when still running.</summary>
public readonly record struct Spell(long Start, long? End);

/// <summary>
/// When each element of an export exists, from the alliances' <c>startYear</c>/<c>endYear</c>: an alliance node and
/// every relationship to or from it live over the alliance's period; a co-participation link lives over the periods
/// of the alliances it stands for (merged). Elements without a period (actors, territories… and alliances without
/// <c>startYear</c>) are always there.
/// </summary>
public sealed class TimeSpells
{
    private readonly Dictionary<string, IReadOnlyList<Spell>> _nodes;
    private readonly Dictionary<string, IReadOnlyList<Spell>> _edges;

    private TimeSpells(Dictionary<string, IReadOnlyList<Spell>> nodes, Dictionary<string, IReadOnlyList<Spell>> edges, long? horizon)
    {
        _nodes = nodes;
        _edges = edges;
        Horizon = horizon;
    }

    /// <summary>The latest year any alliance of the view starts or ends (written as the end of a running period inside a list of several).</summary>
    public long? Horizon { get; }

    public IReadOnlyList<Spell> OfNode(string id) => _nodes.TryGetValue(id, out var spells) ? spells : [];

    public IReadOnlyList<Spell> OfEdge(string id) => _edges.TryGetValue(id, out var spells) ? spells : [];

    public static TimeSpells For(SubGraph graph, GraphView view)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(view);
        long? horizon = null;
        foreach (var node in view.Nodes)
        {
            if (node.Label == DomainLabels.Alliance)
            {
                foreach (var year in new[] { Year(node.Properties, "startYear"), Year(node.Properties, "endYear") })
                {
                    if (year is { } y && (horizon is null || y > horizon))
                    {
                        horizon = y;
                    }
                }
            }
        }

        Spell? Of(string id) =>
            view.TryGetIndex(id, out var index) && view.Node(index) is { } record && record.Label == DomainLabels.Alliance
                && Year(record.Properties, "startYear") is { } start
                ? new Spell(start, Year(record.Properties, "endYear"))
                : null;

        var nodes = new Dictionary<string, IReadOnlyList<Spell>>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (Of(node.Id) is { } spell)
            {
                nodes[node.Id] = [spell];
            }
        }

        var edges = new Dictionary<string, IReadOnlyList<Spell>>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            var periods = edge.Properties.TryGetValue("alliances", out var shared) && shared is IEnumerable<string> alliances
                ? alliances.Select(Of).ToList()
                : [Of(edge.Source) ?? Of(edge.Target)];
            // A link standing for an alliance without a period is always there.
            if (periods.Count > 0 && periods.All(p => p is not null))
            {
                edges[edge.Id] = Merge(periods.Select(p => p!.Value));
            }
        }

        return new TimeSpells(nodes, edges, horizon);
    }

    /// <summary>Overlapping or adjacent periods as one, in time order.</summary>
    public static IReadOnlyList<Spell> Merge(IEnumerable<Spell> spells)
    {
        var merged = new List<Spell>();
        foreach (var spell in spells.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && merged[^1] is var last && (last.End is null || spell.Start <= last.End + 1))
            {
                merged[^1] = new Spell(last.Start, last.End is null || spell.End is null ? null : Math.Max(last.End.Value, spell.End.Value));
            }
            else
            {
                merged.Add(spell);
            }
        }

        return merged;
    }

    private static long? Year(IReadOnlyDictionary<string, object> properties, string name) =>
        properties.TryGetValue(name, out var value) && value is long or int ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
