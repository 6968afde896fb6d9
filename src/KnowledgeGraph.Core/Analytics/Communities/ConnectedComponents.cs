using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>The connected components of an undirected graph (QuikGraph's depth-first algorithm).</summary>
public static class ConnectedComponents
{
    public static CommunityResult Find(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var quik = new UndirectedGraph<int, Edge<int>>(allowParallelEdges: false);
        quik.AddVertexRange(Enumerable.Range(0, graph.NodeCount));
        quik.AddEdgeRange(graph.Edges().Select(e => new Edge<int>(e.Source, e.Target)));
        var algorithm = new ConnectedComponentsAlgorithm<int, Edge<int>>(quik);
        algorithm.Compute();
        return CommunityResult.FromAssignment(graph, [.. Enumerable.Range(0, graph.NodeCount).Select(v => algorithm.Components[v])]);
    }
}
