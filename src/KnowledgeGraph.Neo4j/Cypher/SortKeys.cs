using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The sort expressions of an order: one per key (text by its shadow), then the id, ascending, as tie-break. A key
/// through a relationship is a pattern comprehension: its size for a count, or for a related property the smallest
/// (ascending) / largest (descending) present value, folded with <c>reduce</c> (the 3.1/5 common subset has no
/// aggregation inside an expression).
/// </summary>
internal static class SortKeys
{
    public static IReadOnlyList<string> Expressions(string variable, IReadOnlyList<OrderKey> order) =>
        [.. order.Select((key, i) => Expression(variable, key, i)), CypherNames.Access(variable, GraphSchema.IdProperty)];

    public static string List(string variable, IReadOnlyList<OrderKey> order) => "[" + string.Join(", ", Expressions(variable, order)) + "]";

    public static string OrderBy(string variable, IReadOnlyList<OrderKey> order)
    {
        var expressions = Expressions(variable, order);
        return string.Join(", ", expressions.Select((expression, i) =>
            expression + (i < order.Count && order[i].Direction == SortDirection.Descending ? " DESC" : " ASC")));
    }

    /// <summary>True when some key goes through a relationship (its expression is costly: sort once, in a WITH).</summary>
    public static bool Traverses(IReadOnlyList<OrderKey> order) => order.Any(k => k.Kind != OrderKeyKind.Property);

    private static string Expression(string variable, OrderKey key, int index)
    {
        if (key.Kind == OrderKeyKind.Property)
        {
            return CypherNames.ComparableAccess(variable, key.Property);
        }

        // Local names derived from the outer variable and the key's position cannot collide with other names in scope.
        var related = $"{variable}_o{index}";
        var pattern = CypherNames.Pattern(variable, key.Through!, string.Empty, related);
        if (key.Kind == OrderKeyKind.Count)
        {
            return $"size([{pattern} | 1])";
        }

        var value = CypherNames.ComparableAccess(related, key.Property);
        var best = $"{variable}_b{index}";
        var item = $"{variable}_v{index}";
        var better = key.Direction == SortDirection.Descending ? ">" : "<";
        return $"reduce({best} = null, {item} IN [{pattern} WHERE {value} IS NOT NULL | {value}] | " +
               $"CASE WHEN {best} IS NULL OR {item} {better} {best} THEN {item} ELSE {best} END)";
    }
}
