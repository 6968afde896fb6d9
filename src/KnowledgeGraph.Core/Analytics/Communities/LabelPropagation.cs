namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>
/// Asynchronous label propagation (Raghavan, Albert and Kumara 2007) with edge weights: nodes, visited in an order
/// shuffled by the seed at each round, take the label of greatest total weight among their neighbours (keeping
/// their own label when it is among the best, otherwise a seeded draw among the best) until every node holds a best
/// label. Communities that come out disconnected are split into their connected parts. Same seed, same result.
/// </summary>
public static class LabelPropagation
{
    public const int MaxRounds = 200;

    public static CommunityResult Detect(WeightedGraph graph, int seed = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var random = new Random(seed);
        var label = Enumerable.Range(0, n).ToArray();
        var order = Enumerable.Range(0, n).ToArray();
        var weightOf = new double[n];
        var touched = new List<int>();
        var best = new List<int>();
        for (var round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var changed = false;
            foreach (var v in order)
            {
                var neighbors = graph.Neighbors(v);
                if (neighbors.Length == 0)
                {
                    continue;
                }

                var weights = graph.Weights(v);
                touched.Clear();
                for (var k = 0; k < neighbors.Length; k++)
                {
                    var l = label[neighbors[k]];
                    if (weightOf[l] == 0)
                    {
                        touched.Add(l);
                    }

                    weightOf[l] += weights[k];
                }

                var max = touched.Max(l => weightOf[l]);
                best.Clear();
                best.AddRange(touched.Where(l => weightOf[l] >= max - 1e-12 * max));
                best.Sort();
                foreach (var l in touched)
                {
                    weightOf[l] = 0;
                }

                if (!best.Contains(label[v]))
                {
                    label[v] = best[best.Count == 1 ? 0 : random.Next(best.Count)];
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return CommunityResult.FromAssignment(graph, ConnectedSplit.Apply(graph, label));
    }
}
