using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// Aggregates wanted over ALL the nodes of a connection that match its filter (not only the page): the count always,
/// min/max/sum/avg of each of <see cref="Numeric"/> (Int or Float properties, over the nodes where present), and
/// for each of <see cref="Distinct"/> (enum or enum-list properties) the values present with the number of nodes
/// holding each, most frequent first then by value (see <see cref="Results.AggregateResult"/>).
/// </summary>
public sealed record AggregateRequest(IReadOnlyList<PropertyDef> Numeric, IReadOnlyList<PropertyDef> Distinct)
{
    public static AggregateRequest CountOnly { get; } = new([], []);

    /// <summary>The properties whose values the stores gather, numeric first then distinct.</summary>
    public IEnumerable<PropertyDef> Properties => Numeric.Concat(Distinct);
}
