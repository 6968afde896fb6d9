using System.Collections.Frozen;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>
/// An immutable undirected weighted graph in compressed adjacency form, the input of centrality and community
/// detection. Nodes are indexed in ordinal id order; each node's neighbours are in index order. Parallel edges are
/// merged (weights added) and self-loops dropped.
/// </summary>
public sealed class WeightedGraph
{
    private readonly string[] _ids;
    private readonly FrozenDictionary<string, int> _indexById;
    private readonly int[] _offsets;
    private readonly int[] _neighbors;
    private readonly double[] _weights;

    private WeightedGraph(string[] ids, int[] offsets, int[] neighbors, double[] weights)
    {
        _ids = ids;
        _indexById = ids.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _offsets = offsets;
        _neighbors = neighbors;
        _weights = weights;
        TotalWeight = weights.Sum() / 2;
    }

    public IReadOnlyList<string> NodeIds => _ids;

    public int NodeCount => _ids.Length;

    public int EdgeCount => _neighbors.Length / 2;

    /// <summary>The sum of the edge weights (m in the modularity formula).</summary>
    public double TotalWeight { get; }

    public int IndexOf(string id) => _indexById.TryGetValue(id, out var i) ? i : throw AnalyticsErrors.UnknownId(id, candidates: _ids);

    public bool TryGetIndex(string id, out int index) => _indexById.TryGetValue(id, out index);

    public ReadOnlySpan<int> Neighbors(int node) => _neighbors.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    public ReadOnlySpan<double> Weights(int node) => _weights.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>Each undirected edge once, the smaller index first.</summary>
    public IEnumerable<(int Source, int Target, double Weight)> Edges()
    {
        for (var v = 0; v < _ids.Length; v++)
        {
            for (var k = _offsets[v]; k < _offsets[v + 1]; k++)
            {
                if (v < _neighbors[k])
                {
                    yield return (v, _neighbors[k], _weights[k]);
                }
            }
        }
    }

    public static WeightedGraph Create(IEnumerable<string> nodeIds, IEnumerable<(string A, string B, double Weight)> edges)
    {
        var ids = nodeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var merged = new Dictionary<(int, int), double>();
        foreach (var (a, b, weight) in edges)
        {
            if (!index.TryGetValue(a, out var i) || !index.TryGetValue(b, out var j))
            {
                throw new ArgumentException($"The edge {a}–{b} names a node that is not in the graph.", nameof(edges));
            }

            if (!(weight > 0) || double.IsInfinity(weight))
            {
                throw new ArgumentException($"The edge {a}–{b} has a weight that is not positive and finite.", nameof(edges));
            }

            if (i != j)
            {
                var key = i < j ? (i, j) : (j, i);
                merged[key] = merged.GetValueOrDefault(key) + weight;
            }
        }

        return FromPairs(ids, merged);
    }

    private static WeightedGraph FromPairs(string[] ids, Dictionary<(int, int), double> pairs)
    {
        var lists = new List<(int Neighbor, double Weight)>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            lists[i] = [];
        }

        foreach (var ((i, j), weight) in pairs)
        {
            lists[i].Add((j, weight));
            lists[j].Add((i, weight));
        }

        var offsets = new int[ids.Length + 1];
        var neighbors = new int[pairs.Count * 2];
        var weights = new double[pairs.Count * 2];
        for (var v = 0; v < ids.Length; v++)
        {
            lists[v].Sort((x, y) => x.Neighbor.CompareTo(y.Neighbor));
            offsets[v + 1] = offsets[v] + lists[v].Count;
            for (var k = 0; k < lists[v].Count; k++)
            {
                neighbors[offsets[v] + k] = lists[v][k].Neighbor;
                weights[offsets[v] + k] = lists[v][k].Weight;
            }
        }

        return new WeightedGraph(ids, offsets, neighbors, weights);
    }
}
