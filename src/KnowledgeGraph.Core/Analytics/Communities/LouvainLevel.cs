namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>
/// One level of the Louvain hierarchy: a weighted graph whose nodes may carry self-loops (the weight inside a merged
/// community). <see cref="Strength"/> is each node's weighted degree, self-loop counted twice, so it sums to 2m.
/// </summary>
internal sealed class LouvainLevel
{
    private readonly List<(int Neighbor, double Weight)>[] _adjacency;

    private LouvainLevel(List<(int, double)>[] adjacency, double[] strength)
    {
        _adjacency = adjacency;
        Strength = strength;
        TotalStrength = strength.Sum();
    }

    public int NodeCount => _adjacency.Length;

    public double[] Strength { get; }

    public double TotalStrength { get; }

    public IReadOnlyList<(int Neighbor, double Weight)> Neighbors(int node) => _adjacency[node];

    public static LouvainLevel From(WeightedGraph graph)
    {
        var adjacency = new List<(int, double)>[graph.NodeCount];
        var strength = new double[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var neighbors = graph.Neighbors(v);
            var weights = graph.Weights(v);
            adjacency[v] = new List<(int, double)>(neighbors.Length);
            for (var k = 0; k < neighbors.Length; k++)
            {
                adjacency[v].Add((neighbors[k], weights[k]));
                strength[v] += weights[k];
            }
        }

        return new LouvainLevel(adjacency, strength);
    }

    /// <summary>Merges each community (numbered 0..c-1) into one node; inner edges become self-loop strength.</summary>
    public LouvainLevel Aggregate(int[] community)
    {
        var count = community.Max() + 1;
        var strength = new double[count];
        var pairs = new SortedDictionary<(int, int), double>();
        for (var i = 0; i < NodeCount; i++)
        {
            strength[community[i]] += Strength[i];
            foreach (var (j, w) in _adjacency[i])
            {
                var (a, b) = (community[i], community[j]);
                if (i < j && a != b)
                {
                    var key = a < b ? (a, b) : (b, a);
                    pairs[key] = pairs.GetValueOrDefault(key) + w;
                }
            }
        }

        var adjacency = new List<(int, double)>[count];
        for (var c = 0; c < count; c++)
        {
            adjacency[c] = [];
        }

        foreach (var ((a, b), w) in pairs)
        {
            adjacency[a].Add((b, w));
            adjacency[b].Add((a, w));
        }

        return new LouvainLevel(adjacency, strength);
    }
}
