using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>The sort expressions of an order: one per key (text by its shadow), then the id, ascending, as tie-break.</summary>
internal static class SortKeys
{
    public static IReadOnlyList<string> Expressions(string variable, IReadOnlyList<OrderKey> order) =>
        [.. order.Select(key => CypherNames.ComparableAccess(variable, key.Property)), CypherNames.Access(variable, GraphSchema.IdProperty)];

    public static string List(string variable, IReadOnlyList<OrderKey> order) => "[" + string.Join(", ", Expressions(variable, order)) + "]";

    public static string OrderBy(string variable, IReadOnlyList<OrderKey> order)
    {
        var expressions = Expressions(variable, order);
        return string.Join(", ", expressions.Select((expression, i) =>
            expression + (i < order.Count && order[i].Direction == SortDirection.Descending ? " DESC" : " ASC")));
    }
}
