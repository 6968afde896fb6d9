namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// Operators of property filters. On text properties (all strings but <c>id</c>) every comparison ignores case and
/// accents (<see cref="Text.TextNormalizer"/>). <see cref="Includes"/>, <see cref="IncludesAny"/> and
/// <see cref="IncludesAll"/> are the operators of list properties.
/// </summary>
public enum ComparisonOperator
{
    Eq,
    Neq,
    In,
    Nin,
    Contains,
    StartsWith,
    EndsWith,
    Gt,
    Gte,
    Lt,
    Lte,
    Includes,
    IncludesAny,
    IncludesAll,
}
