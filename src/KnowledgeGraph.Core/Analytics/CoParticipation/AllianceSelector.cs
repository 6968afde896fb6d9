using System.Collections.Frozen;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Analytics.CoParticipation;

/// <summary>Evaluates a <see cref="CoParticipationFilter"/> on the alliances of a view.</summary>
internal sealed class AllianceSelector
{
    private readonly GraphView _view;
    private readonly CoParticipationFilter _filter;
    private readonly TerritoryScope? _scope;
    private readonly FrozenSet<int>? _domains;
    private readonly FrozenSet<int>? _sdgs;

    public AllianceSelector(GraphView view, CoParticipationFilter filter)
    {
        _view = view;
        _filter = filter;
        _scope = filter.Within is null ? null : TerritoryScope.Of(view, filter.Within);
        _domains = Resolve(view, filter.DomainIds, DomainLabels.Domain, "field");
        _sdgs = Resolve(view, filter.SdgIds, null, "SDG or SDG target");
        foreach (var category in filter.Categories ?? [])
        {
            if (!DomainEnums.AllianceCategory.Contains(category))
            {
                throw AnalyticsErrors.InvalidArgument($"'{category}' is not an alliance category.");
            }
        }

        RequireValues(filter.ActorKinds, DomainEnums.ActorKind, "an actor kind");
        RequireValues(filter.Roles, DomainEnums.ParticipationRole, "a participation role");
        if (filter.FromYear > filter.ToYear)
        {
            throw AnalyticsErrors.InvalidArgument("'fromYear' must not be after 'toYear'.");
        }
    }

    /// <summary>Whether an actor counts as a participant through one participation (its kind and the role it holds).</summary>
    public bool CountsAsParticipant(int actor, IReadOnlyDictionary<string, object> participation)
    {
        if (_filter.ActorKinds is { Count: > 0 } kinds
            && !(_view.Node(actor).Properties.TryGetValue("kind", out var kind) && kinds.Contains((string)kind)))
        {
            return false;
        }

        return _filter.Roles is not { Count: > 0 } roles
            || (participation.TryGetValue("role", out var role) && roles.Contains((string)role));
    }

    public IEnumerable<int> Alliances() =>
        Enumerable.Range(0, _view.NodeCount).Where(i => _view.Node(i).Label == DomainLabels.Alliance && Matches(i));

    private bool Matches(int alliance)
    {
        var properties = _view.Node(alliance).Properties;
        if (_filter.Categories is { Count: > 0 } categories
            && !(properties.TryGetValue("category", out var category) && categories.Contains((string)category)))
        {
            return false;
        }

        return InPeriod(properties)
            && (_scope is null || Any(alliance, DomainRelationships.LocatedIn.Type, _scope.IsTerritoryInside))
            && (_domains is null || Any(alliance, DomainRelationships.ActsIn.Type, _domains.Contains))
            && (_sdgs is null || Any(alliance, DomainRelationships.ContributesToSdg.Type, ContributesToWantedSdg));
    }

    private bool InPeriod(IReadOnlyDictionary<string, object> properties)
    {
        if (_filter.FromYear is null && _filter.ToYear is null)
        {
            return true;
        }

        if (!properties.TryGetValue("startYear", out var start))
        {
            return false;
        }

        var end = properties.TryGetValue("endYear", out var e) ? (long)e : long.MaxValue;
        return (_filter.ToYear is not { } to || (long)start <= to) && (_filter.FromYear is not { } from || end >= from);
    }

    // A goal is also reached through its targets (SdgTarget -TARGET_OF-> Sdg).
    private bool ContributesToWantedSdg(int goalOrTarget) =>
        _sdgs!.Contains(goalOrTarget) || Any(goalOrTarget, DomainRelationships.TargetOf.Type, _sdgs.Contains);

    private bool Any(int node, string type, Func<int, bool> predicate)
    {
        foreach (var incidence in _view.Incident(node, type, Direction.Outgoing))
        {
            if (predicate(incidence.Neighbor))
            {
                return true;
            }
        }

        return false;
    }

    private static void RequireValues(IReadOnlyList<string>? values, EnumDef definition, string what)
    {
        foreach (var value in values ?? [])
        {
            if (!definition.Contains(value))
            {
                throw AnalyticsErrors.InvalidArgument($"'{value}' is not {what}; expected one of {string.Join(", ", definition.Values)}.");
            }
        }
    }

    private static FrozenSet<int>? Resolve(GraphView view, IReadOnlyList<string>? ids, LabelDef? label, string what)
    {
        if (ids is null or [])
        {
            return null;
        }

        return ids.Select(id =>
            view.TryGetIndex(id, out var i) && (label is null ? IsSdgOrTarget(view, i) : view.Node(i).Label == label)
                ? i
                : throw AnalyticsErrors.UnknownId(id, what, Enumerable.Range(0, view.NodeCount)
                    .Where(n => label is null ? IsSdgOrTarget(view, n) : view.Node(n).Label == label).Select(n => view.Node(n).Id))).ToFrozenSet();
    }

    private static bool IsSdgOrTarget(GraphView view, int node) =>
        view.Node(node).Label == DomainLabels.Sdg || view.Node(node).Label == DomainLabels.SdgTarget;
}
