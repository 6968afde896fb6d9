using System.Globalization;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Paging;

/// <summary>
/// Computes an <see cref="AggregateResult"/> from the values the stores gathered, so that both give the same bits:
/// numeric sums add the values in ascending order; distinct values are counted per node (a list property counts a
/// node once per distinct value it holds) and come most frequent first, then by value.
/// </summary>
public static class ConnectionAggregator
{
    /// <param name="count">The number of matching nodes.</param>
    /// <param name="valuesOf">For each property of <see cref="AggregateRequest.Properties"/>: its values over the matching
    /// nodes where present (a list property: one entry per node, the node's list).</param>
    public static AggregateResult Compute(AggregateRequest request, long count, Func<PropertyDef, IEnumerable<object?>> valuesOf)
    {
        var numeric = new Dictionary<string, NumericAggregate>(StringComparer.Ordinal);
        foreach (var property in request.Numeric)
        {
            numeric[property.Name] = Numeric(property, valuesOf(property));
        }

        var distinct = new Dictionary<string, IReadOnlyList<ValueCount>>(StringComparer.Ordinal);
        foreach (var property in request.Distinct)
        {
            distinct[property.Name] = Distinct(valuesOf(property));
        }

        return new AggregateResult(count, numeric, distinct);
    }

    private static NumericAggregate Numeric(PropertyDef property, IEnumerable<object?> values)
    {
        var present = values.Where(v => v is not null).Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList();
        if (present.Count == 0)
        {
            return new NumericAggregate(null, null, null, null);
        }

        present.Sort();
        if (property.Kind == ValueKind.Int)
        {
            var sum = present.Aggregate(0L, (total, v) => total + (long)v);
            return new NumericAggregate((long)present[0], (long)present[^1], sum, (double)sum / present.Count);
        }

        var floatSum = 0.0;
        foreach (var value in present)
        {
            floatSum += value;
        }

        return new NumericAggregate(present[0], present[^1], floatSum, floatSum / present.Count);
    }

    private static IReadOnlyList<ValueCount> Distinct(IEnumerable<object?> values)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            IEnumerable<string> held = value switch
            {
                null => [],
                string single => [single],
                System.Collections.IEnumerable list => list.Cast<object?>().OfType<string>().Distinct(StringComparer.Ordinal),
                _ => [Convert.ToString(value, CultureInfo.InvariantCulture)!],
            };
            foreach (var item in held)
            {
                counts[item] = counts.GetValueOrDefault(item) + 1;
            }
        }

        return [.. counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ValueCount(c.Key, c.Value))];
    }
}
