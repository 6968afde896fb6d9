namespace KnowledgeGraph.Bolt.Internal.Routing;

/// <summary>
/// Picks the member with the fewest connections in use; among equals, round-robin (a rotating start), so that an
/// idle cluster still spreads work over all its readers.
/// </summary>
internal sealed class LeastConnectedBalancer
{
    private int _next = -1;

    public string Select(IReadOnlyList<string> addresses, Func<string, int> inUse)
    {
        if (addresses.Count == 0) throw new InvalidOperationException("No address to choose from.");
        var start = (int)((uint)Interlocked.Increment(ref _next) % (uint)addresses.Count);
        var best = addresses[start];
        var bestLoad = inUse(best);
        for (var i = 1; i < addresses.Count && bestLoad > 0; i++)
        {
            var candidate = addresses[(start + i) % addresses.Count];
            var load = inUse(candidate);
            if (load < bestLoad) (best, bestLoad) = (candidate, load);
        }
        return best;
    }
}
