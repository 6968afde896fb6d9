namespace KnowledgeGraph.Core.Analytics.Paths;

/// <summary>A path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are linked by <c>Relationships[i]</c>.</summary>
public sealed record GraphPath(IReadOnlyList<SubGraphNode> Nodes, IReadOnlyList<SubGraphEdge> Relationships)
{
    public int Length => Relationships.Count;

    /// <summary>Node, relationship, node, … as a path is usually shown.</summary>
    public IEnumerable<object> Elements()
    {
        for (var i = 0; i < Nodes.Count; i++)
        {
            yield return Nodes[i];
            if (i < Relationships.Count)
            {
                yield return Relationships[i];
            }
        }
    }
}

/// <summary>All shortest paths found, in lexicographic order of their node ids; <see cref="Truncated"/> when capped.</summary>
public sealed record PathSet(IReadOnlyList<GraphPath> Paths, bool Truncated);
