using System.Collections;
using System.Globalization;
using KnowledgeGraph.Core.Analytics.CoParticipation;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>Reads a coerced <c>CoParticipationFilterInput</c> into a <see cref="CoParticipationFilter"/>.</summary>
internal static class CoParticipationArguments
{
    public const string Within = "within";
    public const string Categories = "categories";
    public const string Domains = "domains";
    public const string Sdgs = "sdgs";
    public const string FromYear = "fromYear";
    public const string ToYear = "toYear";
    public const string ActorKinds = "actorKinds";
    public const string Roles = "roles";

    public static CoParticipationFilter? Read(object? value)
    {
        if (value is not IDictionary<string, object?> input)
        {
            return null;
        }

        return new CoParticipationFilter(
            Get(input, Within) as string,
            Strings(Get(input, Categories)),
            Strings(Get(input, Domains)),
            Strings(Get(input, Sdgs)),
            Int(Get(input, FromYear)),
            Int(Get(input, ToYear)),
            Strings(Get(input, ActorKinds)),
            Strings(Get(input, Roles)));
    }

    private static object? Get(IDictionary<string, object?> input, string name) => input.TryGetValue(name, out var value) ? value : null;

    public static IReadOnlyList<string>? Strings(object? value) =>
        value is IEnumerable list and not string
            ? [.. list.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!)]
            : null;

    private static int? Int(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
