using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// The rows of one enum column grouped by value, each group in ascending row order: the candidates of an <c>eq</c> or
/// <c>in</c> filter without a scan. Rows with a missing value are in no group (<c>eq</c>/<c>in</c> never match them).
/// </summary>
internal sealed class EqualityIndex
{
    private readonly FrozenDictionary<string, int[]> _rowsByValue;

    internal EqualityIndex(FrozenDictionary<string, int[]> rowsByValue, int entryCount)
    {
        _rowsByValue = rowsByValue;
        EntryCount = entryCount;
    }

    /// <summary>How many rows the index holds (4 bytes each, plus one array and one key per distinct value).</summary>
    public int EntryCount { get; }

    public int DistinctValues => _rowsByValue.Count;

    /// <summary>Every group: the value and its ascending rows.</summary>
    public IReadOnlyDictionary<string, int[]> Groups => _rowsByValue;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EqualityIndex Build(string?[] values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = 0;
        foreach (var value in values)
        {
            if (value is not null)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
                entries++;
            }
        }

        var groups = counts.ToDictionary(pair => pair.Key, pair => new int[pair.Value], StringComparer.Ordinal);
        var filled = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] is { } value)
            {
                var at = filled.GetValueOrDefault(value);
                groups[value][at] = row;
                filled[value] = at + 1;
            }
        }

        return new EqualityIndex(groups.ToFrozenDictionary(StringComparer.Ordinal), entries);
    }

    /// <summary>The rows holding <paramref name="value"/>, ascending (empty when none).</summary>
    public int[] RowsOf(string value) => _rowsByValue.TryGetValue(value, out var rows) ? rows : [];
}
