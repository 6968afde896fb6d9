using System.Globalization;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// The values of a relationship's identifying properties (<see cref="RelationshipDef.IdentifyingProperties"/>), in
/// the definition's order, null where absent: with the type and the ends, the relationship's key. Compared by value;
/// the default (no identifying property) equals any other empty one.
/// </summary>
internal readonly struct IdentifyingValues : IEquatable<IdentifyingValues>
{
    private readonly object?[]? _values;

    private IdentifyingValues(object?[] values) => _values = values;

    public static IdentifyingValues Of(RelationshipRecord relationship) => Of(relationship.Definition, relationship.Properties);

    public static IdentifyingValues Of(RelationshipDef definition, IReadOnlyDictionary<string, object> properties)
    {
        var identifying = definition.IdentifyingProperties;
        if (identifying.Count == 0)
        {
            return default;
        }

        var values = new object?[identifying.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = properties.GetValueOrDefault(identifying[i].Name);
        }

        return new IdentifyingValues(values);
    }

    /// <summary>The values by property name, absent ones as null (e.g. <c>role: PARTNER, since: null</c>).</summary>
    public static Dictionary<string, object?> Map(RelationshipRecord relationship) =>
        relationship.Definition.IdentifyingProperties.ToDictionary(
            p => p.Name, p => relationship.Properties.GetValueOrDefault(p.Name), StringComparer.Ordinal);

    /// <summary><c> {role: PARTNER, since: 2019}</c> with a leading space, or empty when the definition has none.</summary>
    public static string Describe(RelationshipDef definition, IReadOnlyDictionary<string, object> properties) =>
        definition.IdentifyingProperties.Count == 0
            ? string.Empty
            : " {" + string.Join(", ", definition.IdentifyingProperties.Select(p => $"{p.Name}: {Format(properties.GetValueOrDefault(p.Name))}")) + "}";

    public static string Format(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public bool Equals(IdentifyingValues other)
    {
        ReadOnlySpan<object?> mine = _values, theirs = other._values;
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        for (var i = 0; i < mine.Length; i++)
        {
            if (!Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is IdentifyingValues other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values ?? [])
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(IdentifyingValues left, IdentifyingValues right) => left.Equals(right);

    public static bool operator !=(IdentifyingValues left, IdentifyingValues right) => !left.Equals(right);
}
