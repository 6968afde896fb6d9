using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// A filter tree over the nodes of one label. Semantics are two-valued: a predicate on a missing property is false
/// (except <c>Eq null</c>, true when missing, and <c>Neq null</c>, true when present), so <see cref="NotFilter"/> is
/// plain negation. Both stores must give identical results.
/// </summary>
public abstract record Filter;

public sealed record AndFilter(IReadOnlyList<Filter> Operands) : Filter;

public sealed record OrFilter(IReadOnlyList<Filter> Operands) : Filter;

public sealed record NotFilter(Filter Operand) : Filter;

/// <summary>
/// A comparison of a property with a value. <see cref="Value"/> is null, string, long, double or bool (enum values as
/// their name); for In, Nin, IncludesAny and IncludesAll it is an IReadOnlyList&lt;object?&gt;.
/// </summary>
public sealed record PropertyFilter(PropertyDef Property, ComparisonOperator Operator, object? Value) : Filter;

/// <summary>
/// A filter through a relationship: <see cref="Quantifier"/> related nodes (along <see cref="Field"/>) match
/// <see cref="NodeFilter"/> and, on the relationship itself, <see cref="EdgeFilter"/> (property filters over
/// the relationship's properties). Either filter may be null (matches every related node).
/// </summary>
public sealed record RelationshipFilter(RelationshipField Field, Quantifier Quantifier, Filter? NodeFilter, Filter? EdgeFilter) : Filter;

/// <summary>On Territory: the territory is one of <see cref="TerritoryIds"/> or lies inside one of them (PART_OF, any depth).</summary>
public sealed record WithinFilter(IReadOnlyList<string> TerritoryIds) : Filter;
