using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The key of a relationship in Cypher: its type, its two ends and its identifying properties
/// (<see cref="RelationshipDef.IdentifyingProperties"/>). A missing identifying value is part of the key too (null
/// matches null), which MERGE cannot express: statements match the key with <see cref="Predicate"/> instead.
/// </summary>
public static class RelationshipKeyCypher
{
    /// <summary>The identifying values of a relationship, as a statement row's <c>key</c> map.</summary>
    public static Dictionary<string, object?> Values(RelationshipRecord relationship) =>
        relationship.Definition.IdentifyingProperties.ToDictionary(p => p.Name, p => relationship.Properties.GetValueOrDefault(p.Name));

    /// <summary>
    /// A predicate true when relationship <paramref name="variable"/> has the identifying values of
    /// <paramref name="keyMap"/> (null-safe), or <c>true</c> when the definition has none.
    /// </summary>
    public static string Predicate(RelationshipDef definition, string variable, string keyMap)
    {
        var parts = definition.IdentifyingProperties.Select(p =>
        {
            var stored = CypherNames.Access(variable, p.Name);
            var wanted = CypherNames.Access(keyMap, p.Name);
            return $"({stored} = {wanted} OR ({stored} IS NULL AND {wanted} IS NULL))";
        }).ToList();
        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }

    /// <summary>The relationships of one definition with distinct keys, the last of each key kept (a key is written once).</summary>
    public static IEnumerable<RelationshipRecord> Distinct(IEnumerable<RelationshipRecord> relationships) =>
        relationships
            .Select((r, i) => (r, i, key: string.Join('\u001f', new[] { r.StartId, r.EndId }
                .Concat(r.Definition.IdentifyingProperties.Select(p => Format(r.Properties.GetValueOrDefault(p.Name)))))))
            .GroupBy(x => x.key, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(x => x.i)
            .Select(x => x.r);

    private static string Format(object? value) => value switch
    {
        null => "\u0000",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
