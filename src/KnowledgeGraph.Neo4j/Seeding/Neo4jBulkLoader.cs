using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Neo4j.Seeding;

/// <summary>
/// Loads a <see cref="GraphData"/> into an EMPTY Neo4j database, many times faster than <see cref="Neo4jSeeder"/>: the
/// schema DDL first (so the unique id constraints index the ends), then nodes by plain CREATE and relationships by
/// MATCH of both ends and CREATE, in large batches, with no MERGE and no lookup of an existing relationship. It writes
/// what the seeder writes — the same labels, properties (shadows included), relationships and parallels: one
/// relationship per key (<see cref="RelationshipKeyCypher.Distinct"/>), one node per id, the last row winning — so the
/// database equals a seeded one. Refuses a database that holds a node: there, only the seeder's MERGE is right.
/// </summary>
public sealed class Neo4jBulkLoader(ICypherRunner runner, GraphSchema schema, ILogger<Neo4jBulkLoader>? logger = null)
{
    public const int BatchSize = 5000;
    public const string AnyNodeStatement = "MATCH (n) RETURN n.id AS id LIMIT 1";

    /// <summary>
    /// Sent between the nodes and the relationships: the id indexes were sampled empty, and with those statistics the
    /// planner of 3.1 scans the whole index of each end for every row (a hash join) instead of seeking — 20 times slower
    /// at 1x, quadratic with the scale.
    /// </summary>
    public const string ResampleStatement = "CALL db.resampleOutdatedIndexes()";
    private readonly ILogger _logger = logger ?? NullLogger<Neo4jBulkLoader>.Instance;

    /// <summary>The node statement of one label: a CREATE per row, its properties set from the row.</summary>
    public static string NodeStatement(LabelDef label) => $"UNWIND $rows AS row CREATE (n:{CypherNames.Label(label)}) SET n = row";

    /// <summary>The relationship statement of one definition: both ends found by id (the constraint's index), one CREATE per row.</summary>
    public static string RelationshipStatement(RelationshipDef definition)
    {
        var id = CypherNames.Escape(GraphSchema.IdProperty);
        return $"UNWIND $rows AS row MATCH (a:{CypherNames.Label(definition.From)} {{{id}: row.start}}) " +
               $"MATCH (b:{CypherNames.Label(definition.To)} {{{id}: row.end}}) " +
               $"CREATE (a)-[r:{CypherNames.Type(definition)}]->(b) SET r = row.props";
    }

    public async Task<SeedCounts> LoadAsync(GraphData data, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        if ((await runner.RunAsync(new CypherStatement(AnyNodeStatement, Empty), cancellationToken).ConfigureAwait(false)).Count > 0)
            throw new InvalidOperationException("The bulk load needs an empty database: this one holds nodes (use the seeder, which merges).");
        foreach (var statement in SchemaDdl.For((await runner.GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).Version, schema))
        {
            await runner.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        }

        var nodes = 0;
        foreach (var group in data.Nodes.GroupBy(n => n.Label))
        {
            var rows = group.GroupBy(n => n.Id, StringComparer.Ordinal)
                .Select(g => (object?)ShadowProperties.With(group.Key.Properties, WithId(g.Last())))
                .ToList();
            nodes += await WriteAsync($"{group.Key.Name} nodes", NodeStatement(group.Key), rows, progress, cancellationToken).ConfigureAwait(false);
        }

        await runner.RunAsync(new CypherStatement(ResampleStatement, Empty), cancellationToken).ConfigureAwait(false);
        var relationships = 0;
        foreach (var group in data.Relationships.GroupBy(r => r.Definition))
        {
            var rows = RelationshipKeyCypher.Distinct(group).Select(r => (object?)new Dictionary<string, object?>
            {
                ["start"] = r.StartId,
                ["end"] = r.EndId,
                ["props"] = ShadowProperties.With(group.Key.Properties, r.Properties),
            }).ToList();
            relationships += await WriteAsync($"{group.Key} relationships", RelationshipStatement(group.Key), rows, progress, cancellationToken).ConfigureAwait(false);
        }

        _logger.LogInformation("Bulk-loaded {Nodes} nodes and {Relationships} relationships", nodes, relationships);
        return new SeedCounts(nodes, relationships);
    }

    /// <summary>The node's properties with its id, as the seeder's MERGE on id and SET leave them.</summary>
    private static IReadOnlyDictionary<string, object> WithId(NodeRecord node)
    {
        if (node.Properties.TryGetValue(GraphSchema.IdProperty, out var id) && Equals(id, node.Id))
            return node.Properties;
        return new Dictionary<string, object>(node.Properties, StringComparer.Ordinal) { [GraphSchema.IdProperty] = node.Id };
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

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
