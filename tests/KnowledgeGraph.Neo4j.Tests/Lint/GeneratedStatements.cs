using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Seeding;
using KnowledgeGraph.Neo4j.Tests.Compiler;
using KnowledgeGraph.Neo4j.Writes;

namespace KnowledgeGraph.Neo4j.Tests.Lint;

/// <summary>
/// Every statement the store can send to a Neo4j 5 or later server, by kind: the compiler's reads over every sample
/// plan, the writer's statements for every kind of change, the audit trail, the analytics snapshot read, the health
/// probe, the DDL of each 5.x-and-later dialect, the seeder's and the bulk loader's statements. (3.x and 4.x DDL is not Cypher 5: the
/// seeder picks it by server version and it is never sent to a 5.x server.)
/// </summary>
public static class GeneratedStatements
{
    /// <summary>Server versions whose DDL is linted: Neo4j 5 and the calendar-versioned releases (Cypher 25 by default from 2026.02).</summary>
    public static readonly Version[] ModernServers = [new(5, 26), new(2025, 10), new(2026, 2)];

    public static IReadOnlyList<(string Name, CypherStatement Statement)> All()
    {
        var schema = KnowledgeGraphSchema.Instance;
        var compiler = new CypherCompiler(schema);
        return
        [
            .. SamplePlans.All().Select(p => ($"read {p.Name}", compiler.Compile(p.Plan).Statement)),
            .. FullTextReads(schema),
            .. Writes(schema),
            ("audit append", Statement(Neo4jAudit.AppendStatement, "version", "at", "who", "summary")),
            ("audit read", Statement(Neo4jAudit.ReadStatement, "after", "limit")),
            ("write data version", Statement(Neo4jGraphWriter.BumpVersion)),
            ("write read named nodes", Statement(NamedSubgraphReader.NodesQuery, "ids")),
            ("write read named relationships", Statement(NamedSubgraphReader.RelationshipsQuery, "ids")),
            .. new Neo4jGraphFetch(null!, schema).Statements().Select((s, i) => ($"snapshot {i}", s)),
            ("health probe", Statement("RETURN 1 AS ok")),
            .. ModernServers.SelectMany(v => SchemaDdl.For(v, schema).Select((s, i) => ($"ddl {v} {i}", s))),
            .. Seeding(schema),
            ("bulk any node", Statement(Neo4jBulkLoader.AnyNodeStatement)),
            ("bulk resample", Statement(Neo4jBulkLoader.ResampleStatement)),
            .. schema.Labels.Select(l => ($"bulk nodes {l.Name}", Statement(Neo4jBulkLoader.NodeStatement(l), "rows"))),
            .. schema.Relationships.Select(r => ($"bulk relationships {r}", Statement(Neo4jBulkLoader.RelationshipStatement(r), "rows"))),
        ];
    }

    /// <summary>The reads whose statement differs on 5.x (search through the full-text index), plus searches of odd texts.</summary>
    private static IEnumerable<(string, CypherStatement)> FullTextReads(GraphSchema schema)
    {
        var scan = new CypherCompiler(schema);
        var fullText = CypherCompiler.ForServer(schema, new Version(5, 26));
        return SamplePlans.All().Concat(SamplePlans.All("l'Île-de-France (34) -- \"x\" AND OR *?~"))
            .Select(p => (p.Name, Scan: scan.Compile(p.Plan).Statement, FullText: fullText.Compile(p.Plan).Statement))
            .Where(x => x.Scan.Text != x.FullText.Text)
            .Select((x, i) => ($"read 5.x {x.Name} {i}", x.FullText));
    }

    /// <summary>The writer's statements for a delta holding every kind of change, for every label and relationship definition.</summary>
    private static IEnumerable<(string, CypherStatement)> Writes(GraphSchema schema)
    {
        var nodes = schema.Labels.Select(l => new NodeRecord(l, l.IdExample, new Dictionary<string, object> { ["id"] = l.IdExample })).ToList();
        var relationships = schema.Relationships.Select(r => new RelationshipRecord(r, r.From.IdExample, r.To.IdExample,
            r.Properties.ToDictionary(p => p.Name, p => (object)"x"))).ToList();
        var delta = new GraphDelta(nodes, nodes, nodes, relationships, relationships);
        return DeltaStatements.For(delta).Select((s, i) => ($"write {i}", s));
    }

    /// <summary>What the seeder sends to a 5.x server (the DDL is linted per version above).</summary>
    private static IEnumerable<(string, CypherStatement)> Seeding(GraphSchema schema)
    {
        var graph = TestGraph.France().Actor("ACT-A", "A", "COMPANY").Alliance("ALL-B", "B", "PATRONAGE")
            .Participates("ACT-A", "ALL-B", "FUNDER", 2020).Participates("ACT-A", "ALL-B", "PARTNER", 2021).Build();
        var runner = new RecordingRunner();
        new Neo4jSeeder(runner, schema).SeedAsync(graph, null, CancellationToken.None).GetAwaiter().GetResult();
        var ddl = SchemaDdl.For(new Version(5, 20), schema).Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        return runner.Statements.Where(s => !ddl.Contains(s.Text)).Select((s, i) => ($"seed {i}", s));
    }

    private static CypherStatement Statement(string text, params string[] parameters) =>
        new(text, parameters.ToDictionary(p => p, _ => (object?)null));
}
