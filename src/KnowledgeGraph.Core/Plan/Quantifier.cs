namespace KnowledgeGraph.Core.Plan;

/// <summary>How many related nodes must match a relationship filter: at least one, every one (true when none), none, exactly one.</summary>
public enum Quantifier
{
    Some,
    All,
    None,
    Single,
}
