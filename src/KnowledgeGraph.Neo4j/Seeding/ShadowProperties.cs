using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Neo4j.Seeding;

/// <summary>The properties written to Neo4j: the record's own, plus for every text property its normalised shadow.</summary>
public static class ShadowProperties
{
    public static Dictionary<string, object?> With(IReadOnlyList<PropertyDef> definitions, IReadOnlyDictionary<string, object> properties)
    {
        var stored = properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        foreach (var property in definitions.Where(p => p.IsText))
        {
            if (properties.TryGetValue(property.Name, out var value) && value is string text)
            {
                stored[CypherNames.Shadow(property.Name)] = TextNormalizer.Normalize(text);
            }
        }

        return stored;
    }
}
