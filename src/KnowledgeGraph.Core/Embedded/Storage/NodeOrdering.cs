using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// Puts the nodes in index order: grouped by label in the schema's label order, then by id (ordinal) within a label.
/// Buckets by label in one pass, then sorts each bucket's ids.
/// </summary>
internal static class NodeOrdering
{
    /// <summary>The nodes in index order and, per label (in schema order), the start of its range; one more entry ends the last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (NodeRecord[] Nodes, int[] LabelStarts) Sort(IReadOnlyList<LabelDef> labels, IReadOnlyList<NodeRecord> nodes)
    {
        var positions = new int[nodes.Count];
        var starts = new int[labels.Count + 1];
        for (var i = 0; i < positions.Length; i++)
        {
            var node = nodes[i];
            var position = PositionOf(labels, node.Label);
            if (position < 0)
            {
                throw new ArgumentException($"The node '{node.Id}' has a label outside the schema: {node.Label.Name}.");
            }

            positions[i] = position;
            starts[position + 1]++;
        }

        for (var position = 0; position < labels.Count; position++)
        {
            starts[position + 1] += starts[position];
        }

        var sorted = new NodeRecord[positions.Length];
        var ids = new string[positions.Length];
        var next = starts[..^1];
        for (var i = 0; i < positions.Length; i++)
        {
            var slot = next[positions[i]]++;
            sorted[slot] = nodes[i];
            ids[slot] = nodes[i].Id;
        }

        for (var position = 0; position < labels.Count; position++)
        {
            // Seeds and graph files usually list a label's nodes in id order already: then the sort is one check.
            var (start, length) = (starts[position], starts[position + 1] - starts[position]);
            if (!IsSorted(ids, start, length))
            {
                Array.Sort(ids, sorted, start, length, StringComparer.Ordinal);
            }
        }

        return (sorted, starts);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSorted(string[] ids, int start, int length)
    {
        for (var i = start + 1; i < start + length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int PositionOf(IReadOnlyList<LabelDef> labels, LabelDef label)
    {
        for (var position = 0; position < labels.Count; position++)
        {
            if (ReferenceEquals(labels[position], label))
            {
                return position;
            }
        }

        return -1;
    }
}
