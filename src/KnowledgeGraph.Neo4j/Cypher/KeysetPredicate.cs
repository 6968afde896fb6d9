using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Paging;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// "Strictly after (or before) the cursor" in the order's sense, nulls last ascending and first descending:
/// the lexicographic keyset condition, built from the cursor's values (as parameters) at compile time.
/// </summary>
internal static class KeysetPredicate
{
    public static string Build(CompileContext context, string variable, IReadOnlyList<OrderKey> order, CursorPosition cursor, bool after)
    {
        var expressions = SortKeys.Expressions(variable, order);
        var values = cursor.Keys.Append(cursor.Id).ToList();
        var alternatives = new List<string>();
        var equalities = new List<string>();
        for (var i = 0; i < expressions.Count; i++)
        {
            var ascending = i >= order.Count || order[i].Direction == SortDirection.Ascending;
            var reference = values[i] is null ? null : context.Parameter(values[i]);
            var beyond = Beyond(expressions[i], reference, ascending == after);
            if (beyond != "false")
            {
                alternatives.Add(string.Join(" AND ", equalities.Append(beyond)));
            }

            equalities.Add(reference is null ? $"{expressions[i]} IS NULL" : $"({expressions[i]} IS NOT NULL AND {expressions[i]} = {reference})");
        }

        return alternatives.Count == 0 ? "false" : "(" + string.Join(" OR ", alternatives.Select(a => $"({a})")) + ")";
    }

    // Strictly further than the cursor value in ascending-nulls-last order (or descending-nulls-first when not).
    private static string Beyond(string expression, string? reference, bool ascendingNullsLast) => (reference, ascendingNullsLast) switch
    {
        (null, true) => "false",
        (null, false) => $"{expression} IS NOT NULL",
        (_, true) => $"({expression} IS NULL OR {expression} > {reference})",
        (_, false) => $"({expression} IS NOT NULL AND {expression} < {reference})",
    };
}
