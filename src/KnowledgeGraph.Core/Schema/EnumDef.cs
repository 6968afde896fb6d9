namespace KnowledgeGraph.Core.Schema;

/// <summary>A closed set of values, named as in GraphQL (PascalCase type, UPPER_SNAKE values).</summary>
public sealed record EnumDef(string Name, IReadOnlyList<string> Values, string Description)
{
    public bool Contains(string value) => Values.Contains(value, StringComparer.Ordinal);
}
