using System.Collections.Frozen;
using KnowledgeGraph.Core.Embedded.Storage;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>
/// The equality index of one enum column after a write: groups the write does not touch are shared when no row
/// moved; otherwise each group's rows are mapped to their new rows (a gather, order kept), updated rows leave their
/// old group, and filled rows join the group of their new value in order. Empty groups go, as a build would leave them out.
/// </summary>
internal static class EqualityIndexPatch
{
    public static EqualityIndex Apply(EqualityIndex old, string?[] oldValues, string?[] newValues, LabelPlan plan)
    {
        var moved = plan.RowsMoved;
        var updatedNew = new HashSet<int>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var joining = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (row, _) in plan.Filled)
        {
            if (plan.NewToOld[row] is var oldRow and >= 0)
            {
                updatedNew.Add(row);
                if (oldValues[oldRow] is { } before)
                {
                    touched.Add(before);
                }
            }

            if (newValues[row] is { } value)
            {
                touched.Add(value);
                if (!joining.TryGetValue(value, out var rows))
                {
                    joining[value] = rows = [];
                }

                rows.Add(row);
            }
        }

        var groups = new Dictionary<string, int[]>(old.Groups.Count + joining.Count, StringComparer.Ordinal);
        var entries = 0;
        foreach (var (value, rows) in old.Groups)
        {
            var result = !moved && !touched.Contains(value)
                ? rows
                : Rebuild(rows, plan.OldToNew, updatedNew, joining.GetValueOrDefault(value));
            if (result.Length > 0)
            {
                groups[value] = result;
                entries += result.Length;
            }
        }

        foreach (var (value, rows) in joining)
        {
            if (!old.Groups.ContainsKey(value))
            {
                groups[value] = [.. rows];
                entries += rows.Count;
            }
        }

        return new EqualityIndex(groups.ToFrozenDictionary(StringComparer.Ordinal), entries);
    }

    /// <summary>
    /// The group's rows mapped to their new rows, less the deleted and the updated ones, merged with the joining rows.
    /// Old rows ascending map to new rows ascending, and joining rows come ascending, so one merge keeps the order.
    /// </summary>
    private static int[] Rebuild(int[] oldRows, int[] oldToNew, HashSet<int> updatedNew, List<int>? joining)
    {
        var kept = GC.AllocateUninitializedArray<int>(oldRows.Length);
        var count = 0;
        if (updatedNew.Count == 0)
        {
            foreach (var oldRow in oldRows)
            {
                var row = oldToNew[oldRow];
                kept[count] = row;
                count += row >= 0 ? 1 : 0;
            }
        }
        else
        {
            foreach (var oldRow in oldRows)
            {
                var row = oldToNew[oldRow];
                if (row >= 0 && !updatedNew.Contains(row))
                {
                    kept[count++] = row;
                }
            }
        }

        if (joining is null or { Count: 0 })
        {
            return count == kept.Length ? kept : kept.AsSpan(0, count).ToArray();
        }

        var result = GC.AllocateUninitializedArray<int>(count + joining.Count);
        int a = 0, b = 0, at = 0;
        while (a < count && b < joining.Count)
        {
            result[at++] = kept[a] <= joining[b] ? kept[a++] : joining[b++];
        }

        kept.AsSpan(a, count - a).CopyTo(result.AsSpan(at));
        at += count - a;
        for (; b < joining.Count; b++)
        {
            result[at++] = joining[b];
        }

        return result;
    }
}
