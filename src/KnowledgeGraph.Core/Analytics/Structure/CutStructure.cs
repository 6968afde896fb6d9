namespace KnowledgeGraph.Core.Analytics.Structure;

/// <summary>
/// The bridges (edges whose removal disconnects their component) and articulation points (nodes whose removal does)
/// of an undirected graph, by Tarjan's low-link depth-first search, written with an explicit stack so that long
/// chains cannot overflow the call stack. Node indexes are <see cref="WeightedGraph"/> indexes; bridges are listed
/// with the smaller index first, in order; articulation points in order.
/// </summary>
public sealed record CutStructure(IReadOnlyList<(int A, int B)> Bridges, IReadOnlyList<int> ArticulationPoints)
{
    public static CutStructure Of(WeightedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var discovery = new int[n];
        Array.Fill(discovery, -1);
        var low = new int[n];
        var parent = new int[n];
        var nextNeighbor = new int[n];
        var isArticulation = new bool[n];
        var bridges = new List<(int, int)>();
        var stack = new Stack<int>();
        var time = 0;
        for (var root = 0; root < n; root++)
        {
            if (discovery[root] >= 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var rootChildren = 0;
            parent[root] = -1;
            discovery[root] = low[root] = time++;
            stack.Push(root);
            while (stack.TryPeek(out var v))
            {
                var neighbors = graph.Neighbors(v);
                if (nextNeighbor[v] < neighbors.Length)
                {
                    var w = neighbors[nextNeighbor[v]++];
                    if (discovery[w] < 0)
                    {
                        parent[w] = v;
                        discovery[w] = low[w] = time++;
                        rootChildren += v == root ? 1 : 0;
                        stack.Push(w);
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], discovery[w]);
                    }

                    continue;
                }

                stack.Pop();
                var p = parent[v];
                if (p < 0)
                {
                    continue;
                }

                low[p] = Math.Min(low[p], low[v]);
                if (low[v] > discovery[p])
                {
                    bridges.Add(p < v ? (p, v) : (v, p));
                }

                if (p != root && low[v] >= discovery[p])
                {
                    isArticulation[p] = true;
                }
            }

            isArticulation[root] = rootChildren > 1;
        }

        bridges.Sort();
        return new CutStructure(bridges, [.. Enumerable.Range(0, n).Where(v => isArticulation[v])]);
    }
}
