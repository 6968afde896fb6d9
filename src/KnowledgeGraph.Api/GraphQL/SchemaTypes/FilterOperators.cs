using System.Collections.Frozen;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>One field of an operation filter input (<c>eq</c>, <c>in</c>, <c>includesAll</c>…) and its plan operator.</summary>
internal sealed record FilterOperator(string Name, ComparisonOperator Operator, bool TakesList, string Description);

/// <summary>The operator sets of the operation filter inputs; the schema and the planner share this one table.</summary>
internal static class FilterOperators
{
    private static readonly FilterOperator Eq = new("eq", ComparisonOperator.Eq, false, "Equal to the value; null matches a missing value.");
    private static readonly FilterOperator Neq = new("neq", ComparisonOperator.Neq, false, "Not equal to the value; null matches any present value.");
    private static readonly FilterOperator In = new("in", ComparisonOperator.In, true, "Equal to one of the values.");
    private static readonly FilterOperator Nin = new("nin", ComparisonOperator.Nin, true, "Present and equal to none of the values.");
    private static readonly FilterOperator Contains = new("contains", ComparisonOperator.Contains, false, "Contains the text (ignoring case and accents).");
    private static readonly FilterOperator StartsWith = new("startsWith", ComparisonOperator.StartsWith, false, "Starts with the text (ignoring case and accents).");
    private static readonly FilterOperator EndsWith = new("endsWith", ComparisonOperator.EndsWith, false, "Ends with the text (ignoring case and accents).");
    private static readonly FilterOperator Gt = new("gt", ComparisonOperator.Gt, false, "Greater than the value.");
    private static readonly FilterOperator Gte = new("gte", ComparisonOperator.Gte, false, "Greater than or equal to the value.");
    private static readonly FilterOperator Lt = new("lt", ComparisonOperator.Lt, false, "Less than the value.");
    private static readonly FilterOperator Lte = new("lte", ComparisonOperator.Lte, false, "Less than or equal to the value.");
    private static readonly FilterOperator Includes = new("includes", ComparisonOperator.Includes, false, "The list holds the value.");
    private static readonly FilterOperator IncludesAny = new("includesAny", ComparisonOperator.IncludesAny, true, "The list holds at least one of the values.");
    private static readonly FilterOperator IncludesAll = new("includesAll", ComparisonOperator.IncludesAll, true, "The list holds every one of the values.");

    public static IReadOnlyList<FilterOperator> Equality { get; } = [Eq, Neq, In, Nin];

    public static IReadOnlyList<FilterOperator> Text { get; } = [Eq, Neq, In, Nin, Contains, StartsWith, EndsWith];

    public static IReadOnlyList<FilterOperator> Comparable { get; } = [Eq, Neq, In, Nin, Gt, Gte, Lt, Lte];

    public static IReadOnlyList<FilterOperator> Boolean { get; } = [Eq, Neq];

    public static IReadOnlyList<FilterOperator> List { get; } = [Includes, IncludesAny, IncludesAll];

    public static FrozenDictionary<string, FilterOperator> ByName { get; } =
        new[] { Eq, Neq, In, Nin, Contains, StartsWith, EndsWith, Gt, Gte, Lt, Lte, Includes, IncludesAny, IncludesAll }
            .ToFrozenDictionary(o => o.Name, StringComparer.Ordinal);
}
