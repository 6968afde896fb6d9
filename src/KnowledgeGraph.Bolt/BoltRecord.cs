using System.Globalization;

namespace KnowledgeGraph.Bolt;

/// <summary>One row of a result: values by position or by key.</summary>
public sealed class BoltRecord
{
    private readonly RecordKeys _keys;
    private readonly object?[] _values;

    internal BoltRecord(RecordKeys keys, object?[] values)
    {
        if (values.Length != keys.Names.Count)
            throw new ProtocolException($"Bolt: a record has {values.Length} values for {keys.Names.Count} keys.");
        _keys = keys;
        _values = values;
    }

    public IReadOnlyList<string> Keys => _keys.Names;

    public IReadOnlyList<object?> Values => _values;

    public object? this[int index] => _values[index];

    public object? this[string key] => _values[_keys.IndexOf(key)];

    /// <summary>The value converted to <typeparamref name="T"/> (integers narrow with overflow checks).</summary>
    public T Get<T>(string key) => Convert<T>(this[key]);

    public T Get<T>(int index) => Convert<T>(this[index]);

    public IReadOnlyDictionary<string, object?> ToDictionary() =>
        _keys.Names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => _values[p.i]);

    private static T Convert<T>(object? value)
    {
        if (value is T typed) return typed;
        if (value is null && default(T) is null) return default!;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        throw new InvalidCastException($"Cannot convert {value?.GetType().Name ?? "null"} to {typeof(T).Name}.");
    }

    public override string ToString() => $"Record {{{string.Join(", ", Keys.Select((k, i) => $"{k}: {_values[i]}"))}}}";
}

/// <summary>The keys of a result, shared by its records, with a lookup built once.</summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<string, int> _index;

    public RecordKeys(IReadOnlyList<string> names)
    {
        Names = names;
        _index = new Dictionary<string, int>(names.Count);
        for (var i = 0; i < names.Count; i++) _index.TryAdd(names[i], i);
    }

    public IReadOnlyList<string> Names { get; }

    public int IndexOf(string key) =>
        _index.TryGetValue(key, out var index) ? index : throw new KeyNotFoundException($"The result has no key '{key}'.");
}
