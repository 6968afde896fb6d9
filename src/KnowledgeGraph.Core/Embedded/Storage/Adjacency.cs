using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// One relationship definition followed in one direction, in compressed sparse rows: the neighbours of source row r
/// are the slots [Offsets[r], Offsets[r + 1]); each slot holds the neighbour's global node index and the edge's index.
/// Slots of one row are sorted by neighbour (so by id), then parallel edges by their identifying values
/// (<see cref="ParallelEdgeOrder"/>), then by edge.
/// </summary>
internal sealed class Adjacency
{
    private Adjacency(int[] offsets, int[] targets, int[] edges)
    {
        Offsets = offsets;
        Targets = targets;
        Edges = edges;
    }

    /// <summary>An adjacency from arrays already in its layout (slots of a row sorted by neighbour, then as parallels, then edge).</summary>
    public static Adjacency FromArrays(int[] offsets, int[] targets, int[] edges) => new(offsets, targets, edges);

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public int[] Edges { get; }

    /// <param name="parallel">The order of parallel edges, null when the definition has none.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Adjacency Build(int sourceCount, int[] sourceRows, int[] targetNodes, ParallelEdgeOrder? parallel)
    {
        var offsets = new int[sourceCount + 1];
        foreach (var row in sourceRows)
        {
            offsets[row + 1]++;
        }

        for (var r = 0; r < sourceCount; r++)
        {
            offsets[r + 1] += offsets[r];
        }

        var targets = new int[sourceRows.Length];
        var edges = new int[sourceRows.Length];
        var next = offsets[..^1];
        for (var edge = 0; edge < sourceRows.Length; edge++)
        {
            var slot = next[sourceRows[edge]]++;
            targets[slot] = targetNodes[edge];
            edges[slot] = edge;
        }

        for (var r = 0; r < sourceCount; r++)
        {
            // Edges were placed in edge order, so a stable sort by target keeps parallel edges in edge order.
            var length = offsets[r + 1] - offsets[r];
            if (length > 1)
            {
                SortSegment(targets, edges, offsets[r], length);
                parallel?.SortRuns(targets, edges, offsets[r], offsets[r + 1]);
            }
        }

        return new Adjacency(offsets, targets, edges);
    }

    private static void SortSegment(int[] targets, int[] edges, int start, int length)
    {
        var keys = new long[length];
        for (var k = 0; k < length; k++)
        {
            keys[k] = ((long)targets[start + k] << 32) | (uint)edges[start + k];
        }

        Array.Sort(keys);
        for (var k = 0; k < length; k++)
        {
            targets[start + k] = (int)(keys[k] >> 32);
            edges[start + k] = (int)keys[k];
        }
    }
}
