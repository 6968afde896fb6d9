namespace KnowledgeGraph.Core.Analytics;

/// <summary>Which relationships a traversal may follow, seen from the node it stands on.</summary>
public enum TraversalDirection
{
    Both,
    Outgoing,
    Incoming,
}
