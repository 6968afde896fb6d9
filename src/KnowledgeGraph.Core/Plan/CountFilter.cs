using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// A filter on how many relationships along <see cref="Field"/> lead to a node matching <see cref="NodeFilter"/>
/// over a relationship matching <see cref="EdgeFilter"/> (either null: no condition). Every comparison must hold
/// (they are AND-ed): "at least 3 participants" is one <see cref="CountComparison"/> Gte 3. Parallel relationships
/// to one node count once each, as in <see cref="RelationshipFilter"/>.
/// </summary>
public sealed record CountFilter(RelationshipField Field, Filter? NodeFilter, Filter? EdgeFilter, IReadOnlyList<CountComparison> Comparisons) : Filter;

/// <summary>The count compared with <see cref="Value"/>: Eq, Neq, Gt, Gte, Lt or Lte.</summary>
public sealed record CountComparison(ComparisonOperator Operator, long Value)
{
    public static bool IsAllowed(ComparisonOperator op) =>
        op is ComparisonOperator.Eq or ComparisonOperator.Neq or ComparisonOperator.Gt or ComparisonOperator.Gte
            or ComparisonOperator.Lt or ComparisonOperator.Lte;

    /// <summary>Whether <paramref name="count"/> satisfies the comparison.</summary>
    public bool Holds(long count) => Operator switch
    {
        ComparisonOperator.Eq => count == Value,
        ComparisonOperator.Neq => count != Value,
        ComparisonOperator.Gt => count > Value,
        ComparisonOperator.Gte => count >= Value,
        ComparisonOperator.Lt => count < Value,
        ComparisonOperator.Lte => count <= Value,
        _ => throw new Store.InvalidQueryException("INVALID_FILTER", $"The operator {Operator} does not apply to a count."),
    };
}
