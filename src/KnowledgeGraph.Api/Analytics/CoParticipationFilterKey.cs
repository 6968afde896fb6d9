using System.Globalization;
using KnowledgeGraph.Core.Analytics.CoParticipation;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>A filter as canonical text (lists sorted and deduplicated), so equal filters share cached results.</summary>
internal static class CoParticipationFilterKey
{
    public static string Of(CoParticipationFilter? filter)
    {
        if (filter is null)
        {
            return "";
        }

        return string.Join('|',
            filter.Within ?? "",
            List(filter.Categories),
            List(filter.DomainIds),
            List(filter.SdgIds),
            filter.FromYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            filter.ToYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            List(filter.ActorKinds),
            List(filter.Roles));
    }

    private static string List(IReadOnlyList<string>? values) =>
        values is null ? "" : string.Join(',', values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
