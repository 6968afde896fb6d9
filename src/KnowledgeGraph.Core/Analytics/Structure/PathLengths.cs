namespace KnowledgeGraph.Core.Analytics.Structure;

/// <summary>Diameter and average shortest path length (in hops) of one component, and whether they are exact.</summary>
public sealed record PathLengthSummary(int Diameter, double AverageLength, bool Exact);

/// <summary>
/// Shortest-path lengths in hops inside one connected component: the diameter (the largest eccentricity) and the
/// average over ordered pairs of distinct nodes, networkx's <c>diameter</c> and <c>average_shortest_path_length</c>
/// on the component's subgraph. Exact (one breadth-first search per node) up to
/// <see cref="ExactLimit"/> nodes; above it, estimated from <see cref="SampleSize"/> sources drawn with a fixed
/// seed (the diameter is then the largest eccentricity found: a lower bound) and marked as not exact.
/// </summary>
public static class PathLengths
{
    public const int ExactLimit = 10_000;

    public const int SampleSize = 500;

    public static PathLengthSummary OfComponent(WeightedGraph graph, ComponentLabels components, int component, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(components);
        if (component < 0 || components.Sizes[component] < 2)
        {
            return new PathLengthSummary(0, 0, true);
        }

        var members = Enumerable.Range(0, graph.NodeCount).Where(v => components.ComponentOf[v] == component).ToArray();
        var exact = members.Length <= ExactLimit;
        var sources = exact ? members : Sample(members);
        // One source after the other on the caller's thread: the service runs this in its heavy-work lane, whose
        // threads are its share of the cores; a parallel loop here would spread onto the thread pool that answers the
        // ordinary requests.
        var distance = NewDistances(graph.NodeCount);
        var queue = new int[members.Length];
        long total = 0;
        var diameter = 0;
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (sum, eccentricity) = Bfs(graph, source, distance, queue);
            total += sum;
            diameter = Math.Max(diameter, eccentricity);
        }

        var pairs = (double)sources.Length * (members.Length - 1);
        return new PathLengthSummary(diameter, total / pairs, exact);
    }

    private static int[] NewDistances(int n)
    {
        var distance = new int[n];
        Array.Fill(distance, -1);
        return distance;
    }

    // Sums the distances from s and returns its eccentricity; leaves the distance array all −1 again.
    private static (long Sum, int Eccentricity) Bfs(WeightedGraph graph, int s, int[] distance, int[] queue)
    {
        distance[s] = 0;
        queue[0] = s;
        int head = 0, tail = 1;
        long sum = 0;
        var eccentricity = 0;
        while (head < tail)
        {
            var v = queue[head++];
            var next = distance[v] + 1;
            foreach (var w in graph.Neighbors(v))
            {
                if (distance[w] < 0)
                {
                    distance[w] = next;
                    sum += next;
                    eccentricity = next;
                    queue[tail++] = w;
                }
            }
        }

        for (var i = 0; i < tail; i++)
        {
            distance[queue[i]] = -1;
        }

        return (sum, eccentricity);
    }

    private static int[] Sample(int[] members)
    {
        var copy = (int[])members.Clone();
        new Random(17).Shuffle(copy);
        return copy[..SampleSize];
    }
}
