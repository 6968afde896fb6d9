using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>Folds the aggregated values Neo4j returned (see <see cref="AggregateCompiler"/>) into an <see cref="AggregateResult"/>.</summary>
internal static class Aggregates
{
    /// <summary>A root connection: one collected list of values per aggregated property.</summary>
    public static AggregateResult OfRoot(AggregateRequest request, long count, IReadOnlyDictionary<string, object?> map)
    {
        var lists = map.TryGetValue(AggregateCompiler.ValuesKey, out var collected) ? Values.List(collected) : [];
        var properties = request.Properties.ToList();
        return ConnectionAggregator.Compute(request, count, p => Values.List(lists[properties.IndexOf(p)]).Select(Normal));
    }

    /// <summary>A nested connection: each matching item carries its values of the aggregated properties.</summary>
    public static AggregateResult OfItems(AggregateRequest request, IReadOnlyList<object?> items)
    {
        var rows = items.Select(item => Values.List(Values.Map(item)[AggregateCompiler.ValuesKey])).ToList();
        var properties = request.Properties.ToList();
        return ConnectionAggregator.Compute(request, items.Count, p =>
        {
            var j = properties.IndexOf(p);
            return rows.Select(row => Normal(row[j]));
        });
    }

    private static object? Normal(object? value) => value is null ? null : Values.Property(value);
}
