using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Neo4j.Seeding;

/// <summary>
/// Loads a <see cref="GraphData"/> into Neo4j in batches: nodes by MERGE on (label, id) and SET of every property
/// (shadows included), then relationships by key — type, ends and identifying properties
/// (<see cref="RelationshipStatement"/>) — so parallel relationships are kept. Running it twice changes nothing.
/// </summary>
public sealed class Neo4jSeeder(ICypherRunner runner, GraphSchema schema, ILogger<Neo4jSeeder>? logger = null)
{
    public const int BatchSize = 500;
    private readonly ILogger _logger = logger ?? NullLogger<Neo4jSeeder>.Instance;

    public async Task<SeedCounts> SeedAsync(GraphData data, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        foreach (var statement in SchemaDdl.For((await runner.GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).Version, schema))
        {
            await runner.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        }

        var nodes = 0;
        foreach (var group in data.Nodes.GroupBy(n => n.Label))
        {
            var text = $"UNWIND $rows AS row MERGE (n:{CypherNames.Label(group.Key)} {{{CypherNames.Escape(GraphSchema.IdProperty)}: row.id}}) SET n = row.props";
            var rows = group.Select(n => (object?)new Dictionary<string, object?>
            {
                ["id"] = n.Id,
                ["props"] = ShadowProperties.With(group.Key.Properties, n.Properties),
            }).ToList();
            nodes += await WriteAsync($"{group.Key.Name} nodes", text, rows, progress, cancellationToken).ConfigureAwait(false);
        }

        var relationships = 0;
        foreach (var group in data.Relationships.GroupBy(r => r.Definition))
        {
            var definition = group.Key;
            var rows = RelationshipKeyCypher.Distinct(group).Select(r => (object?)new Dictionary<string, object?>
            {
                ["start"] = r.StartId,
                ["end"] = r.EndId,
                ["key"] = RelationshipKeyCypher.Values(r),
                ["props"] = ShadowProperties.With(definition.Properties, r.Properties),
            }).ToList();
            relationships += await WriteAsync($"{definition} relationships", RelationshipStatement(definition), rows, progress, cancellationToken).ConfigureAwait(false);
        }

        _logger.LogInformation("Seeded {Nodes} nodes and {Relationships} relationships", nodes, relationships);
        return new SeedCounts(nodes, relationships);
    }

    /// <summary>
    /// Writes one batch of relationships of <paramref name="definition"/> by key (<see cref="RelationshipKeyCypher"/>): the
    /// relationship with the row's type, ends and identifying values is updated, or created when there is none. So
    /// parallel relationships (another role, another year) are kept, and seeding twice changes nothing. Plain MERGE
    /// would collapse parallels and cannot match a missing (null) identifying value. Rows hold distinct keys.
    /// </summary>
    public static string RelationshipStatement(RelationshipDef definition)
    {
        var id = CypherNames.Escape(GraphSchema.IdProperty);
        var match = $"UNWIND $rows AS row MATCH (a:{CypherNames.Label(definition.From)} {{{id}: row.start}}) " +
                    $"MATCH (b:{CypherNames.Label(definition.To)} {{{id}: row.end}}) ";
        if (!definition.IdentifyingProperties.Any())
            return match + $"MERGE (a)-[r:{CypherNames.Type(definition)}]->(b) SET r = row.props";
        return match +
               $"OPTIONAL MATCH (a)-[e:{CypherNames.Type(definition)}]->(b) WHERE {RelationshipKeyCypher.Predicate(definition, "e", "row.key")} " +
               "WITH a, b, row, collect(e) AS found " +
               $"FOREACH (x IN CASE WHEN size(found) = 0 THEN [1] ELSE [] END | CREATE (a)-[r:{CypherNames.Type(definition)}]->(b) SET r = row.props) " +
               "FOREACH (r IN found | SET r = row.props)";
    }

    private async Task<int> WriteAsync(string step, string text, List<object?> rows, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var batch = rows.GetRange(start, Math.Min(BatchSize, rows.Count - start));
            await runner.RunAsync(new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = batch }), cancellationToken).ConfigureAwait(false);
            progress?.Report(new SeedProgress(step, start + batch.Count, rows.Count));
        }

        _logger.LogInformation("Wrote {Count} {Step}", rows.Count, step);
        return rows.Count;
    }
}
