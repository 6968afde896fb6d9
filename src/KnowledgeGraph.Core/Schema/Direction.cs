namespace KnowledgeGraph.Core.Schema;

/// <summary>The direction a relationship is followed in, seen from the node where the traversal starts.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
}
