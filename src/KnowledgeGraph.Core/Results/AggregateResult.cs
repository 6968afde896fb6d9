namespace KnowledgeGraph.Core.Results;

/// <summary>
/// The aggregates of a connection (see <see cref="Plan.AggregateRequest"/>): the number of matching nodes, numeric
/// aggregates by property name, and the distinct values with counts by property name.
/// </summary>
public sealed record AggregateResult(
    long Count,
    IReadOnlyDictionary<string, NumericAggregate> Numeric,
    IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> Distinct);

/// <summary>
/// Over the nodes where the property is present: Min, Max and Sum as the property's kind (long for Int, double for
/// Float), Avg as double; all null when no node has it. Sums add the values in ascending order, so both stores agree
/// to the last bit.
/// </summary>
public sealed record NumericAggregate(object? Min, object? Max, object? Sum, double? Avg);

/// <summary>An enum value and the number of matching nodes that hold it.</summary>
public sealed record ValueCount(string Value, long Count);
