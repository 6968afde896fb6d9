using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Schema;

/// <summary>A node label: a Neo4j label and a GraphQL object type of the same name.</summary>
public sealed record LabelDef(
    string Name,
    string CollectionField,
    Regex IdPattern,
    string IdExample,
    string DisplayProperty,
    IReadOnlyList<PropertyDef> Properties,
    string Description)
{
    public PropertyDef? FindProperty(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public PropertyDef Property(string name) =>
        FindProperty(name) ?? throw new KeyNotFoundException($"{Name} has no property '{name}'.");

    /// <summary>The text properties that <c>search</c> looks in: the display property and, where present, the description.</summary>
    public IEnumerable<PropertyDef> SearchProperties =>
        Properties.Where(p => p.Name == DisplayProperty || p.Name == "description");

    public bool IsValidId(string id) => IdPattern.IsMatch(id);

    // Definitions are singletons of one schema: identity is reference identity, and hashing stays cheap.
    public bool Equals(LabelDef? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Name;
}
