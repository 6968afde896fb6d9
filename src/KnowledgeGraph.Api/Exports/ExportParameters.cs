using System.Globalization;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// Reads the query string of an export. Lists are given as repeated parameters or comma-separated:
/// neighbourhood <c>ids</c>, <c>depth</c>, <c>limit</c>, <c>types</c> (relationship types), <c>labels</c>;
/// co-participation <c>within</c>, <c>category</c>, <c>domain</c>, <c>sdg</c>, <c>from</c>, <c>to</c> (years).
/// </summary>
public static class ExportParameters
{
    public static NeighborhoodRequest Neighborhood(IQueryCollection query)
    {
        var ids = List(query["ids"]) ?? throw Invalid("'ids' must name at least one node.");
        return new NeighborhoodRequest(ids, Int(query, "depth") ?? 1, List(query["types"]), List(query["labels"]),
            Int(query, "limit") ?? Core.Analytics.Neighborhood.DefaultLimit);
    }

    public static CoParticipationFilter CoParticipation(IQueryCollection query) => new(
        query["within"] is { Count: > 0 } within && !string.IsNullOrWhiteSpace(within[0]) ? within[0]!.Trim() : null,
        List(query["category"])?.Select(c => c.ToUpperInvariant()).ToList(),
        List(query["domain"]),
        List(query["sdg"]),
        Int(query, "from"),
        Int(query, "to"));

    public static IReadOnlyList<string>? List(StringValues values)
    {
        var items = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return items.Count == 0 ? null : items;
    }

    private static int? Int(IQueryCollection query, string name)
    {
        if (query[name] is not { Count: > 0 } values || string.IsNullOrWhiteSpace(values[0]))
        {
            return null;
        }

        return int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"'{name}' must be an integer (got '{values[0]}').");
    }

    private static Core.Store.InvalidQueryException Invalid(string message) => AnalyticsErrors.InvalidArgument(message);
}
