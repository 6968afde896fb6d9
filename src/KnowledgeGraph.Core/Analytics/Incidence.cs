using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>
/// One relationship seen from one of its ends: the edge index in <see cref="GraphView.Edges"/>, the node at the other
/// end, and whether the relationship leaves (<see cref="Direction.Outgoing"/>) or enters the node.
/// </summary>
public readonly record struct Incidence(int Edge, int Neighbor, Direction Direction);
