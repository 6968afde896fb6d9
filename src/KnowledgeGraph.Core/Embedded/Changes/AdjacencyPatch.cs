using KnowledgeGraph.Core.Embedded.Storage;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>
/// One adjacency after a write. Rows nothing happened to are copied in blocks (their neighbours remapped with the
/// node map, their edges with the edge map, both monotone, so each row stays sorted); rows that lose or gain slots are
/// rebuilt one by one (sorted by neighbour, then parallel edges by <see cref="ParallelEdgeOrder"/>). When neither rows
/// nor edges change, the offsets and edges are shared and only the neighbours are remapped (or the whole adjacency is
/// shared when no node index moved).
/// </summary>
internal static class AdjacencyPatch
{
    /// <param name="newToOld">For each new source row its old row (-1: created), or null when the rows did not change.</param>
    /// <param name="edgeMap">For each old edge its new index (-1: deleted), or null when no edge was deleted.</param>
    /// <param name="changedRows">New rows that lose an edge (their old row held a deleted edge).</param>
    /// <param name="added">New slots (new neighbour index, new edge index) by new source row.</param>
    /// <param name="parallel">The order of parallel edges over the new edge indices, null when the definition has none.</param>
    public static Adjacency Apply(
        Adjacency old, int[]? newToOld, int newRowCount, NodeIndexMap neighbours, int[]? edgeMap,
        IReadOnlyCollection<int> changedRows, IReadOnlyDictionary<int, List<(int Neighbour, int Edge)>> added, ParallelEdgeOrder? parallel)
    {
        if (newToOld is null && edgeMap is null && added.Count == 0)
        {
            return neighbours.IsIdentity ? old : Adjacency.FromArrays(old.Offsets, neighbours.Remap(old.Targets), old.Edges);
        }

        var special = changedRows.Concat(added.Keys).Distinct().Order().ToArray();
        var pieces = Pieces(newToOld, newRowCount, special);

        // Offsets: a block's are the old ones shifted by one constant; a single row's come from its rebuilt slots.
        var offsets = GC.AllocateUninitializedArray<int>(newRowCount + 1);
        offsets[0] = 0;
        var rebuilt = new Dictionary<int, long[]>();
        foreach (var piece in pieces)
        {
            if (piece.OldRow >= 0 && piece.Length > 0)
            {
                VectorMath.AddConstant(
                    old.Offsets.AsSpan(piece.OldRow + 1, piece.Length), offsets.AsSpan(piece.Row + 1, piece.Length),
                    offsets[piece.Row] - old.Offsets[piece.OldRow]);
            }
            else
            {
                var slots = RowSlots(old, newToOld is null ? piece.Row : newToOld[piece.Row], neighbours, edgeMap, added.GetValueOrDefault(piece.Row));
                rebuilt[piece.Row] = slots;
                offsets[piece.Row + 1] = offsets[piece.Row] + slots.Length;
            }
        }

        var targets = GC.AllocateUninitializedArray<int>(offsets[newRowCount]);
        var edges = GC.AllocateUninitializedArray<int>(targets.Length);
        foreach (var piece in pieces)
        {
            var at = offsets[piece.Row];
            if (piece.OldRow >= 0 && piece.Length > 0)
            {
                var (oldFrom, oldTo) = (old.Offsets[piece.OldRow], old.Offsets[piece.OldRow + piece.Length]);
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
            }
            else
            {
                var slots = rebuilt[piece.Row];
                for (var k = 0; k < slots.Length; k++)
                {
                    targets[at + k] = (int)(slots[k] >> 32);
                    edges[at + k] = (int)slots[k];
                }

                parallel?.SortRuns(targets, edges, at, at + slots.Length);
            }
        }

        return Adjacency.FromArrays(offsets, targets, edges);
    }

    /// <summary>
    /// The new rows in order, cut into blocks of rows that come from consecutive old rows (copied as a whole) and
    /// single rows that are rebuilt: special rows and created rows (Length 0, OldRow -1).
    /// </summary>
    private static List<Piece> Pieces(int[]? newToOld, int newRowCount, int[] special)
    {
        var pieces = new List<Piece>(2 * special.Length + 4);
        var next = 0;
        var row = 0;
        while (row < newRowCount)
        {
            if (next < special.Length && special[next] == row)
            {
                pieces.Add(new Piece(row, -1, 0));
                next++;
                row++;
                continue;
            }

            var oldRow = newToOld is null ? row : newToOld[row];
            if (oldRow < 0)
            {
                pieces.Add(new Piece(row, -1, 0));
                row++;
                continue;
            }

            var limit = next < special.Length ? special[next] : newRowCount;
            var end = newToOld is null ? limit : ContiguousEnd(newToOld, row, limit);
            pieces.Add(new Piece(row, oldRow, end - row));
            row = end;
        }

        return pieces;
    }

    /// <summary>The first row at or after <paramref name="row"/> + 1 (and before <paramref name="limit"/>) whose old row does not follow its predecessor's.</summary>
    private static int ContiguousEnd(int[] newToOld, int row, int limit)
    {
        var end = row + 1;
        while (end < limit && newToOld[end] == newToOld[end - 1] + 1)
        {
            end++;
        }

        return end;
    }

    /// <summary><paramref name="Length"/> new rows from <paramref name="Row"/> taken from old rows from <paramref name="OldRow"/>; Length 0: one row rebuilt.</summary>
    private readonly record struct Piece(int Row, int OldRow, int Length);

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
