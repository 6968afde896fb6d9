using System.Numerics;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>
/// How a write moves node indices: piecewise, each kept stretch of old indices [Start, next Start) shifted by its
/// Delta. Indices of deleted nodes map to anything (nothing that survives refers to them). Remapping an array costs a
/// few vector operations per element when the pieces are few (the usual write), else one lookup in a full map.
/// </summary>
internal sealed class NodeIndexMap
{
    private const int MaxVectorPieces = 24;

    private readonly int[] _starts;
    private readonly int[] _deltas;
    private int[]? _full;

    private NodeIndexMap(int[] starts, int[] deltas, int oldCount)
    {
        _starts = starts;
        _deltas = deltas;
        OldCount = oldCount;
        IsIdentity = deltas.All(d => d == 0);
    }

    public int OldCount { get; }

    public bool IsIdentity { get; }

    /// <summary>The map of kept runs (old index, new index, length), in ascending old order.</summary>
    public static NodeIndexMap FromRuns(IEnumerable<RowRun> runs, int oldCount)
    {
        List<int> starts = [], deltas = [];
        foreach (var run in runs.Where(r => r.Length > 0).OrderBy(r => r.OldStart))
        {
            // Indices between runs are deleted nodes: they take the previous piece's delta, which does not matter.
            var delta = run.NewStart - run.OldStart;
            if (deltas.Count == 0 || delta != deltas[^1])
            {
                starts.Add(deltas.Count == 0 ? 0 : run.OldStart);
                deltas.Add(delta);
            }
        }

        if (deltas.Count == 0)
        {
            (starts, deltas) = ([0], [0]);
        }

        return new NodeIndexMap([.. starts], [.. deltas], oldCount);
    }

    public int Map(int node)
    {
        var piece = Array.BinarySearch(_starts, node);
        return node + _deltas[piece >= 0 ? piece : ~piece - 1];
    }

    /// <summary>A new array with every index mapped (the same array when nothing moves).</summary>
    public int[] Remap(int[] nodes)
    {
        if (IsIdentity || nodes.Length == 0)
        {
            return nodes;
        }

        var result = GC.AllocateUninitializedArray<int>(nodes.Length);
        RemapInto(nodes, result);
        return result;
    }

    public void RemapInto(ReadOnlySpan<int> source, Span<int> target)
    {
        if (IsIdentity)
        {
            source.CopyTo(target);
            return;
        }

        if (_starts.Length > MaxVectorPieces)
        {
            var full = _full ??= BuildFull();
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = full[source[i]];
            }

            return;
        }

        var i0 = 0;
        if (Vector.IsHardwareAccelerated && source.Length >= Vector<int>.Count)
        {
            var first = new Vector<int>(_deltas[0]);
            for (; i0 <= source.Length - Vector<int>.Count; i0 += Vector<int>.Count)
            {
                var x = new Vector<int>(source[i0..]);
                var shifted = x + first;
                for (var p = 1; p < _starts.Length; p++)
                {
                    // The mask is all ones where x >= start: add the step there only.
                    var mask = Vector.GreaterThanOrEqual(x, new Vector<int>(_starts[p]));
                    shifted += Vector.BitwiseAnd(mask, new Vector<int>(_deltas[p] - _deltas[p - 1]));
                }

                shifted.CopyTo(target[i0..]);
            }
        }

        for (var i = i0; i < source.Length; i++)
        {
            target[i] = Map(source[i]);
        }
    }

    private int[] BuildFull()
    {
        var full = new int[OldCount];
        for (var p = 0; p < _starts.Length; p++)
        {
            var end = p + 1 < _starts.Length ? _starts[p + 1] : OldCount;
            for (var node = _starts[p]; node < end; node++)
            {
                full[node] = node + _deltas[p];
            }
        }

        return full;
    }
}
