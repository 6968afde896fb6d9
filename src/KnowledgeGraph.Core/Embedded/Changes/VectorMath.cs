using System.Numerics;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>The few element-wise loops a write runs over whole arrays, vectorised.</summary>
internal static class VectorMath
{
    /// <summary><paramref name="target"/>[i] = <paramref name="source"/>[i] + <paramref name="delta"/>.</summary>
    public static void AddConstant(ReadOnlySpan<int> source, Span<int> target, int delta)
    {
        if (target.Length < source.Length)
        {
            throw new ArgumentException("The target is shorter than the source.", nameof(target));
        }

        var i = 0;
        if (Vector.IsHardwareAccelerated && source.Length >= Vector<int>.Count)
        {
            var step = new Vector<int>(delta);
            for (; i <= source.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                (new Vector<int>(source[i..]) + step).CopyTo(target[i..]);
            }
        }

        for (; i < source.Length; i++)
        {
            target[i] = source[i] + delta;
        }
    }

    /// <summary><paramref name="target"/>[i] = <paramref name="first"/> + i.</summary>
    public static void Sequence(Span<int> target, int first)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<int>.Count)
        {
            Span<int> lanes = stackalloc int[Vector<int>.Count];
            for (var lane = 0; lane < lanes.Length; lane++)
            {
                lanes[lane] = first + lane;
            }

            var values = new Vector<int>(lanes);
            var step = new Vector<int>(Vector<int>.Count);
            for (; i <= target.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                values.CopyTo(target[i..]);
                values += step;
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] = first + i;
        }
    }
}
