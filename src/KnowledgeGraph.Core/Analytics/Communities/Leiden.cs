namespace KnowledgeGraph.Core.Analytics.Communities;

/// <summary>Leiden settings: the modularity resolution γ, the seed of the random choices, and the randomness θ of the refinement.</summary>
public sealed record LeidenOptions(double Resolution = 1, int Seed = 0, double Randomness = 0.01, int MaxLevels = 50)
{
    public static LeidenOptions Default { get; } = new();
}

/// <summary>
/// The Leiden algorithm (Traag, Waltman and van Eck 2019) optimising modularity with resolution γ: fast local moving
/// (a queue of nodes whose neighbourhood changed), then a refinement inside each community that merges only
/// well-connected singletons into well-connected sub-communities (drawn with probability ∝ exp(ΔQ/θ), ΔQ ≥ 0, by a
/// seeded generator), then aggregation of the refined partition with the unrefined one as the starting point, until
/// local moving leaves every aggregate node alone. Every community it returns is connected (disconnected ones, which
/// the algorithm already avoids, would be split). Same graph, options and seed, same partition.
/// </summary>
public static class Leiden
{
    private const double MinGain = 1e-12;

    public static CommunityResult Detect(WeightedGraph graph, LeidenOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= LeidenOptions.Default;
        if (!(options.Resolution > 0) || !(options.Randomness > 0) || options.MaxLevels < 1)
        {
            throw AnalyticsErrors.InvalidArgument("Leiden needs a positive resolution and randomness, and at least one level.");
        }

        var random = new Random(options.Seed);
        var membership = Enumerable.Range(0, graph.NodeCount).ToArray();
        var community = Enumerable.Range(0, graph.NodeCount).ToArray();
        if (graph.TotalWeight > 0)
        {
            var level = LouvainLevel.From(graph);
            for (var depth = 0; depth < options.MaxLevels; depth++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                community = MoveNodesFast(level, community, options.Resolution, random, cancellationToken);
                if (community.Max() + 1 == level.NodeCount)
                {
                    break;
                }

                var refined = Refine(level, community, options, random);
                var aggregate = level.Aggregate(refined);
                var start = new int[aggregate.NodeCount];
                for (var v = 0; v < level.NodeCount; v++)
                {
                    start[refined[v]] = community[v];
                }

                for (var v = 0; v < membership.Length; v++)
                {
                    membership[v] = refined[membership[v]];
                }

                (level, community) = (aggregate, start);
            }
        }

        var final = membership.Select(m => community[m]).ToArray();
        return CommunityResult.FromAssignment(graph, ConnectedSplit.Apply(graph, final), options.Resolution);
    }

    private static int[] MoveNodesFast(LouvainLevel level, int[] start, double resolution, Random random, CancellationToken cancellationToken)
    {
        var n = level.NodeCount;
        var twoM = level.TotalStrength;
        var community = (int[])start.Clone();
        var total = new double[n];
        var members = new int[n];
        for (var v = 0; v < n; v++)
        {
            total[community[v]] += level.Strength[v];
            members[community[v]]++;
        }

        var empty = new Stack<int>(Enumerable.Range(0, n).Where(c => members[c] == 0).Reverse());
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var queue = new Queue<int>(order);
        var queued = Enumerable.Repeat(true, n).ToArray();
        var weightTo = new double[n];
        var touched = new List<int>();
        var isTouched = new bool[n];
        var steps = 0;
        while (queue.TryDequeue(out var v))
        {
            if (++steps % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            queued[v] = false;
            var own = community[v];
            touched.Clear();
            foreach (var (u, w) in level.Neighbors(v))
            {
                var c = community[u];
                if (!isTouched[c])
                {
                    isTouched[c] = true;
                    touched.Add(c);
                }

                weightTo[c] += w;
            }

            var k = level.Strength[v];
            total[own] -= k;
            members[own]--;
            var best = own;
            var bestGain = weightTo[own] - resolution * total[own] * k / twoM;
            foreach (var c in touched)
            {
                var gain = weightTo[c] - resolution * total[c] * k / twoM;
                if (gain > bestGain + MinGain)
                {
                    (best, bestGain) = (c, gain);
                }
            }

            if (bestGain < -MinGain && members[own] > 0)
            {
                best = empty.Pop(); // alone is better than anywhere else
            }

            foreach (var c in touched)
            {
                weightTo[c] = 0;
                isTouched[c] = false;
            }

            total[best] += k;
            members[best]++;
            if (best == own)
            {
                continue;
            }

            if (members[own] == 0)
            {
                empty.Push(own);
            }

            community[v] = best;
            foreach (var (u, _) in level.Neighbors(v))
            {
                if (!queued[u] && community[u] != best)
                {
                    queued[u] = true;
                    queue.Enqueue(u);
                }
            }
        }

        return Louvain.Renumber(community);
    }

    // Within each community, merges well-connected singletons into well-connected refined communities.
    private static int[] Refine(LouvainLevel level, int[] community, LeidenOptions options, Random random)
    {
        var n = level.NodeCount;
        var twoM = level.TotalStrength;
        var gamma = options.Resolution;
        var communityStrength = new double[n];
        for (var v = 0; v < n; v++)
        {
            communityStrength[community[v]] += level.Strength[v];
        }

        var refined = Enumerable.Range(0, n).ToArray();
        var refinedStrength = (double[])level.Strength.Clone();
        var size = Enumerable.Repeat(1, n).ToArray();
        // Weight from each refined community to the rest of its community.
        var external = new double[n];
        for (var v = 0; v < n; v++)
        {
            foreach (var (u, w) in level.Neighbors(v))
            {
                if (community[u] == community[v])
                {
                    external[v] += w;
                }
            }
        }

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var weightTo = new double[n];
        var touched = new List<int>();
        var candidates = new List<(int Community, double Gain)>();
        foreach (var v in order)
        {
            var k = level.Strength[v];
            var kc = communityStrength[community[v]];
            if (size[refined[v]] != 1 || external[v] < gamma * k * (kc - k) / twoM)
            {
                continue;
            }

            touched.Clear();
            foreach (var (u, w) in level.Neighbors(v))
            {
                if (community[u] == community[v] && refined[u] != v)
                {
                    if (weightTo[refined[u]] == 0)
                    {
                        touched.Add(refined[u]);
                    }

                    weightTo[refined[u]] += w;
                }
            }

            candidates.Clear();
            foreach (var t in touched)
            {
                var kt = refinedStrength[t];
                if (external[t] >= gamma * kt * (kc - kt) / twoM)
                {
                    var gain = (weightTo[t] - gamma * k * kt / twoM) / (twoM / 2);
                    if (gain >= 0)
                    {
                        candidates.Add((t, gain));
                    }
                }
            }

            if (candidates.Count > 0)
            {
                var chosen = Draw(candidates, options.Randomness, random);
                external[chosen] += external[v] - 2 * weightTo[chosen];
                refinedStrength[chosen] += k;
                size[chosen]++;
                size[v]--;
                refined[v] = chosen;
            }

            foreach (var t in touched)
            {
                weightTo[t] = 0;
            }
        }

        return Louvain.Renumber(refined);
    }

    // Draws a candidate with probability ∝ exp(gain/θ), relative to the best gain to stay finite.
    private static int Draw(List<(int Community, double Gain)> candidates, double randomness, Random random)
    {
        var best = candidates.Max(c => c.Gain);
        var weights = candidates.Select(c => Math.Exp((c.Gain - best) / randomness)).ToArray();
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < candidates.Count; i++)
        {
            x -= weights[i];
            if (x <= 0)
            {
                return candidates[i].Community;
            }
        }

        return candidates[^1].Community;
    }
}
