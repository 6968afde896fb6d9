using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>
/// One sort key. Text sorts by its normalised form (ordinal), enums by their name (ordinal), numbers numerically;
/// missing values sort last ascending and first descending (as in Neo4j). The id, ascending, always breaks ties.
/// </summary>
public sealed record OrderKey(PropertyDef Property, SortDirection Direction);
