using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>
/// Where the rows of one label go in a write: the runs of old rows kept as they are, the rows filled from a node
/// record (created, or updated: an updated node keeps its row and its relationships), and for each old row its new
/// row (-1: deleted) and for each new row its old row (-1: created). Rows stay in id order.
/// </summary>
internal sealed class LabelPlan
{
    private LabelPlan(int oldCount, int newCount, List<RowRun> runs, List<(int Row, NodeRecord Node)> filled, int[] oldToNew, int[] newToOld)
    {
        OldCount = oldCount;
        NewCount = newCount;
        Runs = runs;
        Filled = filled;
        OldToNew = oldToNew;
        NewToOld = newToOld;
    }

    public int OldCount { get; }

    public int NewCount { get; }

    public List<RowRun> Runs { get; }

    /// <summary>The rows filled from a record, ascending.</summary>
    public List<(int Row, NodeRecord Node)> Filled { get; }

    public int[] OldToNew { get; }

    public int[] NewToOld { get; }

    /// <summary>True when a row was created or deleted, so that the rows after it moved.</summary>
    public bool RowsMoved => OldCount != NewCount || Filled.Any(f => NewToOld[f.Row] < 0);

    /// <param name="oldIds">The ids of the label's rows, sorted (a slice of the index's ids).</param>
    public static LabelPlan Create(
        ReadOnlySpan<string> oldIds, IReadOnlyList<string> deleted, IReadOnlyList<NodeRecord> updated, IReadOnlyList<NodeRecord> created)
    {
        var removedRows = new List<int>(deleted.Count + updated.Count);
        var updatedRows = new HashSet<int>();
        var inserts = new List<(int At, NodeRecord Node, int OldRow)>(updated.Count + created.Count);
        foreach (var id in deleted)
        {
            removedRows.Add(RowOf(oldIds, id));
        }

        foreach (var node in updated)
        {
            var row = RowOf(oldIds, node.Id);
            removedRows.Add(row);
            updatedRows.Add(row);
            inserts.Add((row, node, row));
        }

        foreach (var node in created)
        {
            var at = BinarySearch(oldIds, node.Id);
            inserts.Add((at >= 0 ? throw new ArgumentException($"The id '{node.Id}' is used by more than one node.") : ~at, node, -1));
        }

        inserts.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Node.Id, b.Node.Id));
        int[] removed = [.. removedRows.Distinct().Order()];
        var newCount = oldIds.Length - deleted.Count + created.Count;
        var oldToNew = GC.AllocateUninitializedArray<int>(oldIds.Length);
        var newToOld = GC.AllocateUninitializedArray<int>(newCount);
        var runs = new List<RowRun>();
        var filled = new List<(int Row, NodeRecord Node)>(inserts.Count);
        int next = 0, old = 0, pending = 0, gone = 0;
        while (old < oldIds.Length || pending < inserts.Count)
        {
            var insertAt = pending < inserts.Count ? inserts[pending].At : int.MaxValue;
            var removedAt = gone < removed.Length ? removed[gone] : int.MaxValue;

            // The rows before the next removal or insertion are kept as one run.
            var stop = Math.Min(Math.Min(insertAt, removedAt), oldIds.Length);
            if (stop > old)
            {
                var length = stop - old;
                runs.Add(new RowRun(old, next, length));
                VectorMath.Sequence(oldToNew.AsSpan(old, length), next);
                VectorMath.Sequence(newToOld.AsSpan(next, length), old);
                (old, next) = (stop, next + length);
                continue;
            }

            if (old < oldIds.Length && old < insertAt)
            {
                // A removed row: deleted (it has no new row) or updated (its new row is set where it is inserted).
                if (!updatedRows.Contains(old))
                {
                    oldToNew[old] = -1;
                }

                gone++;
                old++;
                continue;
            }

            var insert = inserts[pending++];
            if (insert.OldRow >= 0)
            {
                oldToNew[insert.OldRow] = next;
            }

            filled.Add((next, insert.Node));
            newToOld[next++] = insert.OldRow;
        }

        return new LabelPlan(oldIds.Length, newCount, runs, filled, oldToNew, newToOld);
    }

    private static int RowOf(ReadOnlySpan<string> ids, string id)
    {
        var row = BinarySearch(ids, id);
        return row >= 0 ? row : throw new ArgumentException($"No node has the id '{id}'.");
    }

    private static int BinarySearch(ReadOnlySpan<string> ids, string id)
    {
        int low = 0, high = ids.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var c = string.CompareOrdinal(ids[middle], id);
            if (c == 0)
            {
                return middle;
            }

            if (c < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
