using System.Globalization;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// Reads the whole graph from Neo4j in ONE statement (valid in Cypher 3.1 and 5): every node of a schema label with
/// its properties, and every relationship of a schema type between them. Properties the schema does not declare
/// (the store's normalised shadows) are dropped, so the data is what the embedded store would hold.
/// </summary>
public sealed class Neo4jGraphFetch(ICypherRunner runner, GraphSchema schema)
{
    public const string Statement =
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) " +
        "WITH collect({labels: labels(n), properties: properties(n)}) AS nodes " +
        "OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) IN $types " +
        "RETURN nodes, collect(CASE WHEN r IS NULL THEN null ELSE " +
        "{type: type(r), from: labels(a), to: labels(b), start: a.id, end: b.id, properties: properties(r)} END) AS relationships";

    public async Task<GraphData> FetchAsync(CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["labels"] = schema.Labels.Select(l => (object?)l.Name).ToList(),
            ["types"] = schema.RelationshipTypes.Select(t => (object?)t).ToList(),
        };
        var records = await runner.RunAsync(new CypherStatement(Statement, parameters), cancellationToken);
        var record = records.Single();
        var nodes = new List<NodeRecord>();
        foreach (var item in List(record["nodes"]))
        {
            var map = Map(item);
            if (LabelOf(map["labels"]) is { } label)
            {
                var properties = Declared(label.Properties, Map(map["properties"]));
                nodes.Add(new NodeRecord(label, (string)properties[GraphSchema.IdProperty], properties));
            }
        }

        var relationships = new List<RelationshipRecord>();
        foreach (var item in List(record["relationships"]))
        {
            var map = Map(item);
            if (LabelOf(map["from"]) is { } from && LabelOf(map["to"]) is { } to
                && schema.FindRelationship((string)map["type"]!, from, to) is { } definition)
            {
                relationships.Add(new RelationshipRecord(definition, (string)map["start"]!, (string)map["end"]!,
                    Declared(definition.Properties, Map(map["properties"]))));
            }
        }

        return new GraphData(nodes, relationships);
    }

    private LabelDef? LabelOf(object? labels) =>
        List(labels).Select(l => schema.FindLabel((string)l!)).FirstOrDefault(l => l is not null);

    private static Dictionary<string, object> Declared(IReadOnlyList<PropertyDef> definitions, IReadOnlyDictionary<string, object?> stored)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (stored.GetValueOrDefault(definition.Name) is { } value)
            {
                properties[definition.Name] = value switch
                {
                    IReadOnlyList<object?> list => list.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToArray(),
                    int number => (long)number,
                    _ => value,
                };
            }
        }

        return properties;
    }

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException($"Neo4j returned {value?.GetType().Name ?? "null"} where a map was expected.");

    private static IReadOnlyList<object?> List(object? value) =>
        value as IReadOnlyList<object?> ?? throw new InvalidOperationException($"Neo4j returned {value?.GetType().Name ?? "null"} where a list was expected.");
}
