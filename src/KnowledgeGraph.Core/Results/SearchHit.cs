namespace KnowledgeGraph.Core.Results;

/// <summary>A ranked search result: the node and its score (4 best, 1 least; see <see cref="Plan.SearchRead"/>).</summary>
public sealed record SearchHit(NodeResult Node, int Score);
