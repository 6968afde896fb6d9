namespace KnowledgeGraph.Core.Generation;

/// <summary>A weighted choice among items with integer weights (integers keep the draw exact and portable).</summary>
public sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly int[] _cumulative;

    public Weighted(params (T Item, int Weight)[] entries)
    {
        if (entries.Length == 0 || entries.Any(e => e.Weight < 0) || entries.Sum(e => e.Weight) <= 0)
        {
            throw new ArgumentException("A weighted choice needs at least one positive weight.", nameof(entries));
        }

        entries = entries.Where(e => e.Weight > 0).ToArray();
        _items = entries.Select(e => e.Item).ToArray();
        _cumulative = new int[entries.Length];
        var total = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            total += entries[i].Weight;
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(DeterministicRandom random)
    {
        var draw = random.Next(_cumulative[^1]);
        var index = Array.BinarySearch(_cumulative, draw + 1);
        return _items[index >= 0 ? index : ~index];
    }

    /// <summary><paramref name="count"/> distinct items, drawn by weight.</summary>
    public List<T> PickDistinct(DeterministicRandom random, int count)
    {
        var result = new List<T>(count);
        for (var attempts = 0; result.Count < Math.Min(count, _items.Length) && attempts < count * 20; attempts++)
        {
            var item = Pick(random);
            if (!result.Contains(item))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
