using System.Globalization;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Schema.Model;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// Reads the query string of an export. Parameters are named and valued as the GraphQL arguments:
/// <c>neighborhood(ids, depth, relationshipTypes, labels, limit)</c> and <c>coParticipation(filter: {within,
/// categories, domains, sdgs, fromYear, toYear})</c>; the whole graph takes <c>labels</c>, <c>relationshipTypes</c> and the
/// alliance filter. Every export takes <c>measures</c>; GEXF also <c>version</c> and <c>dynamic</c>. Lists are repeated
/// parameters or comma-separated values (or both); a parameter that is not a list may be given once. Any other name is
/// refused (<see cref="ExportErrors.UnknownArgumentCode"/>), naming the parameters the export takes.
/// </summary>
public static class ExportParameters
{
    public const string Ids = "ids";
    public const string Depth = "depth";
    public const string RelationshipTypes = "relationshipTypes";
    public const string Labels = "labels";
    public const string Limit = "limit";
    public const string Within = "within";
    public const string Categories = "categories";
    public const string Domains = "domains";
    public const string Sdgs = "sdgs";
    public const string FromYear = "fromYear";
    public const string ToYear = "toYear";
    public const string ActorKinds = "actorKinds";
    public const string Roles = "roles";
    public const string Measures = "measures";
    public const string Version = "version";
    public const string Dynamic = "dynamic";

    public const string Gexf12 = "1.2draft";
    public const string Gexf13 = "1.3";

    private static readonly string[] AllianceFilter = [Within, Categories, Domains, Sdgs, FromYear, ToYear];

    /// <summary>The parameters each graph takes (before the format's own).</summary>
    public static readonly IReadOnlyDictionary<ExportGraph, string[]> ByGraph = new Dictionary<ExportGraph, string[]>
    {
        [ExportGraph.Graph] = [Labels, RelationshipTypes, .. AllianceFilter, Measures],
        [ExportGraph.Neighborhood] = [Ids, Depth, RelationshipTypes, Labels, Limit, Measures],
        [ExportGraph.CoParticipation] = [.. AllianceFilter, ActorKinds, Roles, Measures],
    };

    private static readonly string[] GexfOnly = [Version, Dynamic];

    // Names of earlier versions and other common spellings, to point at the right one.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["category"] = Categories,
        ["domain"] = Domains,
        ["sdg"] = Sdgs,
        ["from"] = FromYear,
        ["to"] = ToYear,
        ["types"] = RelationshipTypes,
        ["type"] = RelationshipTypes,
        ["label"] = Labels,
        ["id"] = Ids,
        ["filter"] = Categories,
    };

    public static ExportQuery Read(ExportTarget target, IQueryCollection query)
    {
        var allowed = Allowed(target);
        foreach (var (name, _) in query)
        {
            if (!allowed.Contains(name))
            {
                throw ExportErrors.UnknownArgument(name, Suggest(name, allowed), target, allowed);
            }
        }

        var measures = Bool(query, Measures) ?? false;
        var version = One(query, Version) switch
        {
            null or Gexf12 => GexfVersion.V1_2Draft,
            Gexf13 => GexfVersion.V1_3,
            var other => throw Invalid($"'{Version}' must be {Gexf12} (the default) or {Gexf13} (got '{other}')."),
        };
        var dynamic = Bool(query, Dynamic) ?? false;
        return target.Graph switch
        {
            ExportGraph.Neighborhood => new ExportQuery(target, measures, version, dynamic, Neighborhood: ReadNeighborhood(query)),
            ExportGraph.CoParticipation => new ExportQuery(target, measures, version, dynamic, Filter: ReadFilter(query)),
            _ => new ExportQuery(target, measures, version, dynamic,
                Whole: new WholeGraphFilter(LabelList(query), List(query[RelationshipTypes]), ReadFilter(query))),
        };
    }

    /// <summary>The names an export takes.</summary>
    public static IReadOnlyList<string> Allowed(ExportTarget target) =>
        [.. ByGraph[target.Graph], .. target.Format == ExportFormat.Gexf ? GexfOnly : []];

    private static NeighborhoodRequest ReadNeighborhood(IQueryCollection query)
    {
        var ids = List(query[Ids]) ?? throw Invalid($"'{Ids}' must name at least one node.");
        return new NeighborhoodRequest(ids, Int(query, Depth) ?? 1, List(query[RelationshipTypes]), LabelList(query),
            Int(query, Limit) ?? Core.Analytics.Neighborhood.DefaultLimit);
    }

    private static CoParticipationFilter? ReadFilter(IQueryCollection query)
    {
        if (!AllianceFilter.Any(query.ContainsKey) && !query.ContainsKey(ActorKinds) && !query.ContainsKey(Roles))
        {
            return null;
        }

        var categories = List(query[Categories]);
        foreach (var category in categories ?? [])
        {
            if (!DomainEnums.AllianceCategory.Contains(category))
            {
                throw Invalid($"'{category}' is not an AllianceCategory (expected one of {string.Join(", ", DomainEnums.AllianceCategory.Values)}).");
            }
        }

        return new CoParticipationFilter(One(query, Within)?.Trim() is { Length: > 0 } within ? within : null,
            categories, List(query[Domains]), List(query[Sdgs]), Int(query, FromYear), Int(query, ToYear),
            List(query[ActorKinds]), List(query[Roles]));
    }

    // Label values as GraphQL's NodeLabel enum spells them (ACTOR, SDG_TARGET), or the label's own name (Actor).
    private static IReadOnlyList<string>? LabelList(IQueryCollection query) =>
        List(query[Labels])?.Select(value =>
            KnowledgeGraphSchema.Instance.Labels.FirstOrDefault(l => SchemaNames.UpperSnake(l.Name) == value || l.Name == value)?.Name
            ?? throw Invalid($"'{value}' is not a NodeLabel (expected one of {string.Join(", ", KnowledgeGraphSchema.Instance.Labels.Select(l => SchemaNames.UpperSnake(l.Name)))}).")).ToList();

    public static IReadOnlyList<string>? List(StringValues values)
    {
        var items = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return items.Count == 0 ? null : items;
    }

    private static string? One(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw Invalid($"'{name}' is given {values.Count} times; give it once.");
        }

        return string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
    }

    private static int? Int(IQueryCollection query, string name) => One(query, name) is not { } value
        ? null
        : int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Invalid($"'{name}' must be an integer (got '{value}').");

    private static bool? Bool(IQueryCollection query, string name) => One(query, name) switch
    {
        null => null,
        var v when v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var v => throw Invalid($"'{name}' must be true or false (got '{v}')."),
    };

    private static string? Suggest(string name, IReadOnlyList<string> allowed)
    {
        if (Renamed.TryGetValue(name, out var renamed) && allowed.Contains(renamed))
        {
            return renamed;
        }

        return allowed.FirstOrDefault(a => a.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? allowed.Select(a => (Name: a, Distance: Distance(a.ToLowerInvariant(), name.ToLowerInvariant())))
                .Where(p => p.Distance <= 2).OrderBy(p => p.Distance).Select(p => p.Name).FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static Core.Store.InvalidQueryException Invalid(string message) => AnalyticsErrors.InvalidArgument(message);
}

/// <summary>A parsed export request: what to select, and how to write it.</summary>
public sealed record ExportQuery(
    ExportTarget Target,
    bool Measures,
    GexfVersion Version,
    bool Dynamic,
    NeighborhoodRequest? Neighborhood = null,
    CoParticipationFilter? Filter = null,
    WholeGraphFilter? Whole = null);
