using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Aggregates in Cypher: the values of each aggregated property are collected (values, never nodes) in the same
/// aggregation that counts the matches; <see cref="Core.Paging.ConnectionAggregator"/> folds them after the round trip,
/// exactly as the embedded store does.
/// </summary>
internal static class AggregateCompiler
{
    public const string ValuesKey = "g";

    public static IReadOnlyList<(string Name, string Expression)> Collect(AggregateRequest? aggregate, string node, string prefix) =>
        aggregate is null
            ? []
            : [.. aggregate.Properties.Select((p, j) => ($"{prefix}_{j}", $"collect({CypherNames.Access(node, p.Name)})"))];

    /// <summary>", collect(n0.`x`) AS g0_0, …" for a WITH that aggregates.</summary>
    public static string Columns(IReadOnlyList<(string Name, string Expression)> aggregated) =>
        string.Concat(aggregated.Select(a => $", {a.Expression} AS {a.Name}"));

    /// <summary>", g: [g0_0, …]" inside the root's result map, or nothing.</summary>
    public static string Entry(IReadOnlyList<(string Name, string Expression)> aggregated) =>
        aggregated.Count == 0 ? string.Empty : $", {ValuesKey}: [{string.Join(", ", aggregated.Select(a => a.Name))}]";

    /// <summary>"[m.`x`, m.`y`]": one nested item's values of the aggregated properties.</summary>
    public static string ItemValues(AggregateRequest aggregate, string node) =>
        "[" + string.Join(", ", aggregate.Properties.Select(p => CypherNames.Access(node, p.Name))) + "]";
}
