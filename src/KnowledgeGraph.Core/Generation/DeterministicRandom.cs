namespace KnowledgeGraph.Core.Generation;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a small generator whose sequence is fixed by its seed forever, unlike
/// System.Random, whose algorithms may change between .NET versions. Integer arithmetic only, so output is the
/// same on every machine.
/// </summary>
public sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public DeterministicRandom(ulong seed)
    {
        var splitMix = seed;
        _s0 = SplitMix64(ref splitMix);
        _s1 = SplitMix64(ref splitMix);
        _s2 = SplitMix64(ref splitMix);
        _s3 = SplitMix64(ref splitMix);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>) by multiply-shift of the high 32 bits.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    public int Between(int minInclusive, int maxInclusive) => minInclusive + Next(maxInclusive - minInclusive + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Percent(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items (all of them when there are fewer), in pick order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var take = Math.Min(count, items.Count);
        var picked = new List<int>(take);
        if (take * 4 <= items.Count)
        {
            // Few out of many: draw again on a repeat rather than shuffling a large index.
            while (picked.Count < take)
            {
                var index = Next(items.Count);
                if (!picked.Contains(index))
                {
                    picked.Add(index);
                }
            }
        }
        else
        {
            var indexes = Enumerable.Range(0, items.Count).ToArray();
            for (var i = 0; i < take; i++)
            {
                var j = i + Next(indexes.Length - i);
                (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
                picked.Add(indexes[i]);
            }
        }

        return picked.ConvertAll(i => items[i]);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
