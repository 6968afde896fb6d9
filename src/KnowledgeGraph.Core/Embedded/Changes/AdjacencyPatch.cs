using KnowledgeGraph.Core.Embedded.Storage;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>
/// One adjacency after a write. Rows nothing happened to are copied in blocks (their neighbours remapped with the
/// node map, their edges with the edge map, both monotone, so each row stays sorted); rows that lose or gain slots are
/// rebuilt one by one. When neither rows nor edges change, the offsets and edges are shared and only the neighbours
/// are remapped (or the whole adjacency is shared when no node index moved).
/// </summary>
internal static class AdjacencyPatch
{
    /// <param name="newToOld">For each new source row its old row (-1: created), or null when the rows did not change.</param>
    /// <param name="edgeMap">For each old edge its new index (-1: deleted), or null when no edge was deleted.</param>
    /// <param name="changedRows">New rows that lose an edge (their old row held a deleted edge).</param>
    /// <param name="added">New slots (new neighbour index, new edge index) by new source row.</param>
    public static Adjacency Apply(
        Adjacency old, int[]? newToOld, int newRowCount, NodeIndexMap neighbours, int[]? edgeMap,
        IReadOnlyCollection<int> changedRows, IReadOnlyDictionary<int, List<(int Neighbour, int Edge)>> added)
    {
        if (newToOld is null && edgeMap is null && added.Count == 0)
        {
            return neighbours.IsIdentity ? old : Adjacency.FromArrays(old.Offsets, neighbours.Remap(old.Targets), old.Edges);
        }

        var special = changedRows.Concat(added.Keys).Distinct().Order().ToArray();
        var offsets = new int[newRowCount + 1];
        for (var row = 0; row < newRowCount; row++)
        {
            var oldRow = newToOld is null ? row : newToOld[row];
            offsets[row + 1] = oldRow >= 0 ? old.Offsets[oldRow + 1] - old.Offsets[oldRow] : 0;
        }

        var rebuilt = new Dictionary<int, long[]>(special.Length);
        foreach (var row in special)
        {
            var slots = RowSlots(old, newToOld is null ? row : newToOld[row], neighbours, edgeMap, added.GetValueOrDefault(row));
            rebuilt[row] = slots;
            offsets[row + 1] = slots.Length;
        }

        for (var row = 0; row < newRowCount; row++)
        {
            offsets[row + 1] += offsets[row];
        }

        var targets = new int[offsets[newRowCount]];
        var edges = new int[targets.Length];
        var next = 0;
        foreach (var row in special.Append(newRowCount))
        {
            CopyBlocks(old, newToOld, next, row, offsets, neighbours, edgeMap, targets, edges);
            if (row < newRowCount)
            {
                var slots = rebuilt[row];
                for (var k = 0; k < slots.Length; k++)
                {
                    targets[offsets[row] + k] = (int)(slots[k] >> 32);
                    edges[offsets[row] + k] = (int)slots[k];
                }
            }

            next = row + 1;
        }

        return Adjacency.FromArrays(offsets, targets, edges);
    }

    /// <summary>Copies rows [from, to), none of them special, in blocks of consecutive old rows.</summary>
    private static void CopyBlocks(
        Adjacency old, int[]? newToOld, int from, int to, int[] offsets, NodeIndexMap neighbours, int[]? edgeMap, int[] targets, int[] edges)
    {
        var row = from;
        while (row < to)
        {
            var oldRow = newToOld is null ? row : newToOld[row];
            if (oldRow < 0)
            {
                row++;
                continue;
            }

            var end = row + 1;
            while (end < to && (newToOld is null || newToOld[end] == newToOld[end - 1] + 1))
            {
                end++;
            }

            var lastOld = newToOld is null ? end - 1 : newToOld[end - 1];
            var (oldFrom, oldTo) = (old.Offsets[oldRow], old.Offsets[lastOld + 1]);
            var at = offsets[row];
            neighbours.RemapInto(old.Targets.AsSpan(oldFrom, oldTo - oldFrom), targets.AsSpan(at, oldTo - oldFrom));
            if (edgeMap is null)
            {
                Array.Copy(old.Edges, oldFrom, edges, at, oldTo - oldFrom);
            }
            else
            {
                for (var slot = oldFrom; slot < oldTo; slot++)
                {
                    edges[at++] = edgeMap[old.Edges[slot]];
                }
            }

            row = end;
        }
    }

    private static long[] RowSlots(Adjacency old, int oldRow, NodeIndexMap neighbours, int[]? edgeMap, List<(int Neighbour, int Edge)>? added)
    {
        var slots = new List<long>();
        if (oldRow >= 0)
        {
            for (var slot = old.Offsets[oldRow]; slot < old.Offsets[oldRow + 1]; slot++)
            {
                var edge = edgeMap is null ? old.Edges[slot] : edgeMap[old.Edges[slot]];
                if (edge >= 0)
                {
                    slots.Add(Key(neighbours.Map(old.Targets[slot]), edge));
                }
            }
        }

        foreach (var (neighbour, edge) in added ?? [])
        {
            slots.Add(Key(neighbour, edge));
        }

        slots.Sort();
        return [.. slots];
    }

    private static long Key(int neighbour, int edge) => ((long)neighbour << 32) | (uint)edge;
}
