using System.Collections;
using System.Globalization;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Compact text of plan pieces, so a planner test states its expectation in one line.</summary>
internal static class PlanText
{
    public static string Filter(Filter? filter) => filter switch
    {
        null => "-",
        AndFilter and => $"and({string.Join(", ", and.Operands.Select(Filter))})",
        OrFilter or => $"or({string.Join(", ", or.Operands.Select(Filter))})",
        NotFilter not => $"not({Filter(not.Operand)})",
        WithinFilter within => $"within({string.Join(", ", within.TerritoryIds)})",
        PropertyFilter p => $"{p.Property.Name} {p.Operator.ToString().ToLowerInvariant()} {Value(p.Value)}",
        RelationshipFilter r => $"{r.Field.Name} {r.Quantifier.ToString().ToLowerInvariant()}({Filter(r.NodeFilter)})" +
            (r.EdgeFilter is null ? "" : $" edge({Filter(r.EdgeFilter)})"),
        CountFilter c => $"{c.Field.Name} count({string.Join(" ", c.Comparisons.Select(x => $"{x.Operator.ToString().ToLowerInvariant()} {x.Value}"))})" +
            $"({Filter(c.NodeFilter)})" + (c.EdgeFilter is null ? "" : $" edge({Filter(c.EdgeFilter)})"),
        _ => filter.ToString()!,
    };

    public static string Order(IReadOnlyList<OrderKey> order) =>
        string.Join(", ", order.Select(k => $"{k.Path} {(k.Direction == SortDirection.Ascending ? "ASC" : "DESC")}"));

    public static string Page(PageRequest page) =>
        $"first={page.First?.ToString(CultureInfo.InvariantCulture) ?? "-"} after={page.After ?? "-"} " +
        $"last={page.Last?.ToString(CultureInfo.InvariantCulture) ?? "-"} before={page.Before ?? "-"}";

    /// <summary>"id name alliances[role](id name)": properties, then nested selections with edge properties.</summary>
    public static string Projection(NodeProjection projection) =>
        string.Join(" ", projection.Properties.Select(p => p.Name)
            .Concat(projection.Relationships.Select(r =>
                $"{r.Key}:{r.Field.Name}{(r.EdgeProperties.Count > 0 ? "[" + string.Join(" ", r.EdgeProperties.Select(p => p.Name)) + "]" : "")}" +
                $"({Projection(r.Query.Projection)})")));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        IEnumerable items => "[" + string.Join(" ", items.Cast<object?>().Select(Value)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture) + $":{value.GetType().Name}",
        _ => value.ToString()!,
    };
}
