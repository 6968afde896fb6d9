namespace KnowledgeGraph.Bolt;

/// <summary>A path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are joined by <c>Relationships[i]</c>.</summary>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public Node Start => Nodes[0];

    public Node End => Nodes[^1];
}
