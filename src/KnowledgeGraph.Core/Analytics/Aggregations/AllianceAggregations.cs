using System.Globalization;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Analytics.Aggregations;

/// <summary>
/// Counts of alliances by a dimension, over all alliances or over a given set (the caller selects the set with the
/// store's <c>where</c> filters and passes the ids).
/// </summary>
public static class AllianceAggregations
{
    private const string RegionLevel = "REGION";
    private const string DepartmentLevel = "DEPARTMENT";

    public static AggregationResult Count(GraphView view, AggregationDimension dimension, IReadOnlyCollection<string>? allianceIds = null)
    {
        var table = AllianceCrossTab.Count(view, [dimension], allianceIds);
        return new AggregationResult(dimension, table.AllianceCount, table.Unassigned, table.Buckets());
    }

    internal static List<int> Alliances(GraphView view, IReadOnlyCollection<string>? ids)
    {
        if (ids is null)
        {
            return [.. Enumerable.Range(0, view.NodeCount).Where(i => view.Node(i).Label == DomainLabels.Alliance)];
        }

        return [.. ids.Distinct(StringComparer.Ordinal).Select(id =>
            view.TryGetIndex(id, out var i) && view.Node(i).Label == DomainLabels.Alliance
                ? i
                : throw AnalyticsErrors.UnknownId(id, "alliance", view.Nodes.Where(n => n.Label == DomainLabels.Alliance).Select(n => n.Id))).Order()];
    }

    internal static IEnumerable<(string Key, string Label)> ValuesOf(GraphView view, int alliance, AggregationDimension dimension) =>
        dimension switch
        {
            AggregationDimension.Category => Property(view, alliance, "category"),
            AggregationDimension.StartYear => Property(view, alliance, "startYear"),
            AggregationDimension.Domain => Related(view, alliance, DomainRelationships.ActsIn.Type, DomainLabels.Domain),
            AggregationDimension.SdgTarget => Related(view, alliance, DomainRelationships.ContributesToTarget.Type, DomainLabels.SdgTarget),
            AggregationDimension.Sdg => Goals(view, alliance),
            AggregationDimension.ActorKind => ParticipantKinds(view, alliance),
            AggregationDimension.Region => Places(view, alliance, RegionLevel),
            AggregationDimension.Department => Places(view, alliance, DepartmentLevel),
            _ => throw AnalyticsErrors.InvalidArgument($"Unknown aggregation dimension {dimension}."),
        };

    private static IEnumerable<(string, string)> Property(GraphView view, int node, string name)
    {
        if (view.Node(node).Properties.TryGetValue(name, out var value))
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            yield return (text, text);
        }
    }

    private static IEnumerable<(string, string)> Related(GraphView view, int node, string type, LabelDef label)
    {
        foreach (var incidence in view.Incident(node, type, Direction.Outgoing).ToArray())
        {
            if (view.Node(incidence.Neighbor).Label == label)
            {
                yield return (view.Node(incidence.Neighbor).Id, view.DisplayName(incidence.Neighbor));
            }
        }
    }

    private static IEnumerable<(string, string)> Goals(GraphView view, int alliance) =>
        Related(view, alliance, DomainRelationships.ContributesToSdg.Type, DomainLabels.Sdg).Concat(
            Related(view, alliance, DomainRelationships.ContributesToTarget.Type, DomainLabels.SdgTarget)
                .SelectMany(t => Related(view, view.IndexOf(t.Item1), DomainRelationships.TargetOf.Type, DomainLabels.Sdg)));

    private static IEnumerable<(string, string)> ParticipantKinds(GraphView view, int alliance) =>
        view.Incident(alliance, DomainRelationships.ParticipatesIn.Type, Direction.Incoming).ToArray()
            .SelectMany(p => Property(view, p.Neighbor, "kind"));

    private static IEnumerable<(string, string)> Places(GraphView view, int alliance, string level)
    {
        foreach (var place in view.Incident(alliance, DomainRelationships.LocatedIn.Type, Direction.Outgoing).ToArray())
        {
            if (AncestorAt(view, place.Neighbor, level) is { } territory)
            {
                yield return (view.Node(territory).Id, view.DisplayName(territory));
            }
        }
    }

    // Climbs PART_OF until a territory of the level (itself included); a place above that level has none. Bounded in
    // case the data holds a cycle.
    private static int? AncestorAt(GraphView view, int territory, string wanted)
    {
        for (var step = 0; step < 16; step++)
        {
            if (view.Node(territory).Properties.TryGetValue("level", out var level) && (string)level == wanted)
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
