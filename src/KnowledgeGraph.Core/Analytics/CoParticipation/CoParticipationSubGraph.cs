namespace KnowledgeGraph.Core.Analytics.CoParticipation;

/// <summary>The co-participation network as an undirected <see cref="SubGraph"/> for visualisation and export.</summary>
public static class CoParticipationSubGraph
{
    /// <summary>
    /// Actor nodes with their properties; one <c>CO_PARTICIPATES</c> edge per linked pair, id
    /// <c>{smaller id}-CO_PARTICIPATES-{larger id}</c>, with <c>weight</c> (long) and <c>alliances</c> (the shared ids).
    /// </summary>
    public static SubGraph From(GraphView view, CoParticipationNetwork network)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(network);
        var graph = network.Graph;
        var nodes = graph.NodeIds.Select(id => SubGraphNode.From(view, view.IndexOf(id))).ToList();
        var edges = graph.Edges().Select(e =>
        {
            var (a, b) = (graph.NodeIds[e.Source], graph.NodeIds[e.Target]);
            return new SubGraphEdge(
                $"{a}-{CoParticipationNetwork.EdgeType}-{b}",
                CoParticipationNetwork.EdgeType,
                a,
                b,
                new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["weight"] = (long)e.Weight,
                    ["alliances"] = network.SharedAlliances(a, b),
                });
        }).ToList();
        return new SubGraph(nodes, edges, Truncated: false, Directed: false);
    }
}
