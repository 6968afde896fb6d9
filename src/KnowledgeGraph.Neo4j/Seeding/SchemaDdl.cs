using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Neo4j.Seeding;

/// <summary>
/// Constraints and indexes in the server's dialect: a unique id per label, an index per text shadow property, and
/// on Neo4j 5 a full-text index over the search properties. 3.x has no IF NOT EXISTS, but re-creating is a no-op there.
/// </summary>
public static class SchemaDdl
{
    public const string FullTextIndexName = "kg_search";

    public static IReadOnlyList<CypherStatement> For(Version? serverVersion, GraphSchema schema)
    {
        var major = serverVersion?.Major ?? 5;
        var statements = new List<string>();
        foreach (var label in schema.Labels)
        {
            var name = CypherNames.Label(label);
            var id = CypherNames.Escape(GraphSchema.IdProperty);
            var constraint = CypherNames.Escape($"{label.Name.ToLowerInvariant()}_id");
            statements.Add(major switch
            {
                < 4 => $"CREATE CONSTRAINT ON (n:{name}) ASSERT n.{id} IS UNIQUE",
                4 => $"CREATE CONSTRAINT {constraint} IF NOT EXISTS ON (n:{name}) ASSERT n.{id} IS UNIQUE",
                _ => $"CREATE CONSTRAINT {constraint} IF NOT EXISTS FOR (n:{name}) REQUIRE n.{id} IS UNIQUE",
            });
            foreach (var property in label.Properties.Where(p => p.IsText))
            {
                var shadow = CypherNames.Escape(CypherNames.Shadow(property.Name));
                var index = CypherNames.Escape($"{label.Name.ToLowerInvariant()}_{property.Name}_normalised");
                statements.Add(major < 4
                    ? $"CREATE INDEX ON :{name}({shadow})"
                    : $"CREATE INDEX {index} IF NOT EXISTS FOR (n:{name}) ON (n.{shadow})");
            }
        }

        if (major >= 5)
        {
            var labels = string.Join("|", schema.Labels.Select(CypherNames.Label));
            var properties = schema.Labels.SelectMany(l => l.SearchProperties).Select(p => p.Name).Distinct()
                .Select(p => "n." + CypherNames.Escape(CypherNames.Shadow(p)));
            statements.Add($"CREATE FULLTEXT INDEX {CypherNames.Escape(FullTextIndexName)} IF NOT EXISTS FOR (n:{labels}) ON EACH [{string.Join(", ", properties)}]");
        }

        return statements.Select(s => new CypherStatement(s, new Dictionary<string, object?>())).ToList();
    }
}
