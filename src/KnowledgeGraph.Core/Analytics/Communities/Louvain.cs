namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>Louvain settings: the modularity resolution γ (1 = standard) and a cap on aggregation passes.</summary>
public sealed record LouvainOptions(double Resolution = 1, int MaxPasses = 50)
{
    public static LouvainOptions Default { get; } = new();
}

/// <summary>
/// Louvain modularity optimisation (Blondel et al. 2008), deterministic: nodes are visited in index (= id) order,
/// a node moves only for a strictly positive gain, and ties go to the community met first among its neighbours
/// (neighbours are in index order). Each pass moves nodes until nothing improves, then merges each community into
/// one node, until a pass moves nothing.
/// </summary>
public static class Louvain
{
    private const double MinGain = 1e-12;

    public static CommunityResult Detect(WeightedGraph graph, LouvainOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= LouvainOptions.Default;
        if (!(options.Resolution > 0) || options.MaxPasses < 1)
        {
            throw AnalyticsErrors.InvalidArgument("Louvain needs a positive resolution and at least one pass.");
        }

        var membership = Enumerable.Range(0, graph.NodeCount).ToArray();
        if (graph.TotalWeight > 0)
        {
            var level = LouvainLevel.From(graph);
            for (var pass = 0; pass < options.MaxPasses; pass++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var community = MoveNodes(level, options.Resolution, cancellationToken, out var moved);
                if (!moved)
                {
                    break;
                }

                for (var v = 0; v < membership.Length; v++)
                {
                    membership[v] = community[membership[v]];
                }

                level = level.Aggregate(community);
            }
        }

        return CommunityResult.FromAssignment(graph, membership, options.Resolution);
    }

    // Returns each level node's community, renumbered 0.. in order of first appearance.
    private static int[] MoveNodes(LouvainLevel level, double resolution, CancellationToken cancellationToken, out bool moved)
    {
        var n = level.NodeCount;
        var community = Enumerable.Range(0, n).ToArray();
        var total = (double[])level.Strength.Clone();
        var weightTo = new double[n];
        var touched = new List<int>();
        var isTouched = new bool[n];
        var twoM = level.TotalStrength;
        moved = false;
        for (var improved = true; improved;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            improved = false;
            for (var i = 0; i < n; i++)
            {
                var own = community[i];
                touched.Clear();
                touched.Add(own);
                isTouched[own] = true;
                foreach (var (j, w) in level.Neighbors(i))
                {
                    var c = community[j];
                    if (!isTouched[c])
                    {
                        isTouched[c] = true;
                        touched.Add(c);
                    }

                    weightTo[c] += w;
                }

                var k = level.Strength[i];
                total[own] -= k;
                var best = own;
                var bestGain = weightTo[own] - resolution * total[own] * k / twoM;
                foreach (var c in touched)
                {
                    var gain = weightTo[c] - resolution * total[c] * k / twoM;
                    if (gain > bestGain + MinGain)
                    {
                        (best, bestGain) = (c, gain);
                    }

                    weightTo[c] = 0;
                    isTouched[c] = false;
                }

                total[best] += k;
                if (best != own)
                {
                    community[i] = best;
                    improved = moved = true;
                }
            }
        }

        return Renumber(community);
    }

    /// <summary>Community numbers renumbered 0.. in order of first appearance (shared with Leiden).</summary>
    internal static int[] Renumber(int[] community)
    {
        var map = new Dictionary<int, int>();
        return [.. community.Select(c => map.TryGetValue(c, out var id) ? id : map[c] = map.Count)];
    }
}
