namespace KnowledgeGraph.Core.Analytics.Centrality;

/// <summary>Dijkstra from one source with path counts, then Brandes' dependency accumulation; edge length = 1/weight.</summary>
internal sealed class WeightedShortestPaths(WeightedGraph graph)
{
    // Path lengths are sums of 1/w: compare them with a relative tolerance so equal-length paths tie.
    private const double Epsilon = 1e-9;

    private readonly double[] _distance = new double[graph.NodeCount];
    private readonly double[] _sigma = new double[graph.NodeCount];
    private readonly double[] _delta = new double[graph.NodeCount];
    private readonly bool[] _done = new bool[graph.NodeCount];
    private readonly List<int>[] _predecessors = [.. Enumerable.Range(0, graph.NodeCount).Select(_ => new List<int>())];
    private readonly List<int> _settled = new(graph.NodeCount);
    private readonly PriorityQueue<int, double> _queue = new();

    public double[] Dependencies(int source)
    {
        Array.Fill(_distance, double.PositiveInfinity);
        Array.Clear(_sigma);
        Array.Clear(_delta);
        Array.Clear(_done);
        foreach (var list in _predecessors)
        {
            list.Clear();
        }

        _settled.Clear();
        _distance[source] = 0;
        _sigma[source] = 1;
        _queue.Enqueue(source, 0);
        while (_queue.TryDequeue(out var v, out var d))
        {
            if (_done[v] || d > _distance[v])
            {
                continue;
            }

            _done[v] = true;
            _settled.Add(v);
            var neighbors = graph.Neighbors(v);
            var weights = graph.Weights(v);
            for (var k = 0; k < neighbors.Length; k++)
            {
                Relax(v, neighbors[k], _distance[v] + 1 / weights[k]);
            }
        }

        for (var k = _settled.Count - 1; k >= 0; k--)
        {
            var w = _settled[k];
            foreach (var v in _predecessors[w])
            {
                _delta[v] += _sigma[v] / _sigma[w] * (1 + _delta[w]);
            }
        }

        return _delta;
    }

    private void Relax(int v, int w, double length)
    {
        var tolerance = Epsilon * Math.Max(1, length);
        if (length < _distance[w] - tolerance)
        {
            _distance[w] = length;
            _sigma[w] = _sigma[v];
            _predecessors[w].Clear();
            _predecessors[w].Add(v);
            _queue.Enqueue(w, length);
        }
        else if (Math.Abs(length - _distance[w]) <= tolerance)
        {
            _sigma[w] += _sigma[v];
            _predecessors[w].Add(v);
        }
    }
}
