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
        var removed = new HashSet<int>();
        var updatedRows = new HashSet<int>();
        var inserts = new List<(int At, NodeRecord Node, int OldRow)>(updated.Count + created.Count);
        foreach (var id in deleted)
        {
            removed.Add(RowOf(oldIds, id));
        }

        foreach (var node in updated)
        {
            var row = RowOf(oldIds, node.Id);
            removed.Add(row);
            updatedRows.Add(row);
            inserts.Add((row, node, row));
        }

        foreach (var node in created)
        {
            var at = BinarySearch(oldIds, node.Id);
            inserts.Add((at >= 0 ? throw new ArgumentException($"The id '{node.Id}' is used by more than one node.") : ~at, node, -1));
        }

        inserts.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Node.Id, b.Node.Id));
        var newCount = oldIds.Length - deleted.Count + created.Count;
        var oldToNew = new int[oldIds.Length];
        var newToOld = new int[newCount];
        var runs = new List<RowRun>();
        var filled = new List<(int Row, NodeRecord Node)>(inserts.Count);
        int next = 0, old = 0, pending = 0, runOld = 0, runNew = 0, runLength = 0;
        while (old < oldIds.Length || pending < inserts.Count)
        {
            var insertAt = pending < inserts.Count ? inserts[pending].At : int.MaxValue;
            if (old < oldIds.Length && old < insertAt)
            {
                if (removed.Contains(old))
                {
                    Close(runs, ref runLength, runOld, runNew);
                    if (!updatedRows.Contains(old))
                    {
                        oldToNew[old] = -1;
                    }
                }
                else
                {
                    if (runLength == 0)
                    {
                        (runOld, runNew) = (old, next);
                    }

                    runLength++;
                    oldToNew[old] = next;
                    newToOld[next++] = old;
                }

                old++;
            }
            else
            {
                Close(runs, ref runLength, runOld, runNew);
                var insert = inserts[pending++];
                if (insert.OldRow >= 0)
                {
                    oldToNew[insert.OldRow] = next;
                }

                filled.Add((next, insert.Node));
                newToOld[next++] = insert.OldRow;
            }
        }

        Close(runs, ref runLength, runOld, runNew);
        return new LabelPlan(oldIds.Length, newCount, runs, filled, oldToNew, newToOld);
    }

    private static void Close(List<RowRun> runs, ref int length, int oldStart, int newStart)
    {
        if (length > 0)
        {
            runs.Add(new RowRun(oldStart, newStart, length));
            length = 0;
        }
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
