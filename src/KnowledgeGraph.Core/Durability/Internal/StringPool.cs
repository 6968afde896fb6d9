namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// One instance per distinct value within one batch of rows (names, descriptions and sources repeat across nodes),
/// looked up by characters so a value already pooled costs no allocation. Not thread-safe: one per batch.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer values are taken as they are: long texts rarely repeat.</summary>
    public const int MaxLength = 256;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public StringPool() => _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> value)
    {
        if (_byChars.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = value.ToString();
        _strings.Add(text, text);
        return text;
    }
}
