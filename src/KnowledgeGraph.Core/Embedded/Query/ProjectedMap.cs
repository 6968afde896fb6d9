using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// A small read-only map for projected results: the keys are shared by every node of a projection (distinct, at most
/// <see cref="MaxKeys"/>), each instance holds only its values and which keys are present. Lookups compare the few
/// keys in order; this costs far less to build than a dictionary per node and edge.
/// </summary>
internal sealed class ProjectedMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    public const int MaxKeys = 64;

    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly ulong _present;

    /// <param name="keys">Distinct keys, shared; at most <see cref="MaxKeys"/>.</param>
    /// <param name="values">The value of each key, by position; owned by this map from now on.</param>
    /// <param name="present">Bit k set: <paramref name="keys"/>[k] is in the map.</param>
    public ProjectedMap(string[] keys, TValue[] values, ulong present)
    {
        _keys = keys;
        _values = values;
        _present = present;
        Count = System.Numerics.BitOperations.PopCount(present);
    }

    public static ulong AllPresent(int count) => count == MaxKeys ? ulong.MaxValue : (1UL << count) - 1;

    public int Count { get; }

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Key;
            }
        }
    }

    public IEnumerable<TValue> Values
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Value;
            }
        }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var k = IndexOf(key);
        if (k < 0)
        {
            value = default;
            return false;
        }

        value = _values[k];
        return true;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var k = 0; k < _keys.Length; k++)
        {
            if ((_present & (1UL << k)) != 0)
            {
                yield return new KeyValuePair<string, TValue>(_keys[k], _values[k]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var k = 0; k < _keys.Length; k++)
        {
            if ((_present & (1UL << k)) != 0 && string.Equals(_keys[k], key, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }
}
