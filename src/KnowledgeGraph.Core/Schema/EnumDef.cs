namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// A closed set of values, named as in GraphQL (PascalCase type, UPPER_SNAKE values). <see cref="Description"/> and
/// the <see cref="ValueDescriptions"/> are bilingual (<see cref="Bilingual"/>).
/// </summary>
public sealed record EnumDef(string Name, IReadOnlyList<string> Values, string Description,
    IReadOnlyDictionary<string, string>? ValueDescriptions = null)
{
    public bool Contains(string value) => Values.Contains(value, StringComparer.Ordinal);

    /// <summary>What one value means, or null when it is not described.</summary>
    public string? DescriptionOf(string value) => ValueDescriptions?.GetValueOrDefault(value);
}
