using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// Which part of the whole graph to export; every given criterion must hold (null means any):
/// <see cref="Labels"/> keeps nodes of these labels; <see cref="RelationshipTypes"/> keeps relationships of these types;
/// <see cref="Alliances"/> keeps only the alliances that pass the co-participation filter (same meaning as
/// <c>coParticipation(filter:)</c>), and with its <c>within</c> every other node must also be within the territory
/// (the territory itself, one inside it, or a node pointing to one: an actor BASED_IN, a network COVERS…).
/// Relationships are kept when both ends are.
/// </summary>
public sealed record WholeGraphFilter(
    IReadOnlyList<string>? Labels = null,
    IReadOnlyList<string>? RelationshipTypes = null,
    CoParticipationFilter? Alliances = null)
{
    public bool IsEmpty => Labels is null && RelationshipTypes is null && (Alliances is null || Alliances == CoParticipationFilter.None);
}

public static class WholeGraphSelection
{
    public static SubGraph Select(GraphView view, WholeGraphFilter filter)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.IsEmpty)
        {
            return SubGraph.Whole(view);
        }

        var keep = new bool[view.NodeCount];
        HashSet<string>? labels = filter.Labels is null ? null : [.. filter.Labels];
        var alliances = filter.Alliances is { } criteria ? new AllianceSelector(view, criteria).Alliances().ToHashSet() : null;
        var scope = filter.Alliances?.Within is { } within ? TerritoryScope.Of(view, within) : null;
        for (var i = 0; i < view.NodeCount; i++)
        {
            var label = view.Node(i).Label;
            keep[i] = (labels is null || labels.Contains(label.Name))
                && (label == DomainLabels.Alliance ? alliances is null || alliances.Contains(i) : scope is null || scope.Contains(i));
        }

        HashSet<string>? types = filter.RelationshipTypes is null ? null : [.. filter.RelationshipTypes];
        return new SubGraph(
            [.. Enumerable.Range(0, view.NodeCount).Where(i => keep[i]).Select(i => SubGraphNode.From(view, i))],
            [.. view.Edges.Where(e => keep[e.Source] && keep[e.Target] && (types is null || types.Contains(e.Type))).Select(e => SubGraphEdge.From(view, e))]);
    }
}
