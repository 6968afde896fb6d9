using System.Globalization;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// Reads the whole graph from Neo4j as a stream of flat rows, one statement per schema label and one per relationship
/// definition (type, start label, end label), each valid in Cypher 3.1, 5 and 25. No statement groups or collects:
/// Neo4j streams each label's rows as it finds them (one grouped <c>collect</c> of the whole graph took 15–23 s on
/// 3.1.1 at 1x; these take well under a second, see benchmarks/snapshot). Only declared properties are read (map
/// projection), so the store's normalised shadows never travel and the data is what the embedded store would hold.
/// The statements are not one transaction: a relationship whose end was written after its label was read is left
/// out, and the write's data version makes the next snapshot include it.
/// </summary>
public sealed class Neo4jGraphFetch(ICypherRunner runner, GraphSchema schema)
{
    /// <summary>The node statement of one label: its id and declared properties.</summary>
    public static string NodeStatement(LabelDef label) =>
        $"MATCH (n:{CypherNames.Label(label)}) RETURN n {{{Projection(label.Properties.Select(p => p.Name).Prepend(GraphSchema.IdProperty))}}} AS properties";

    /// <summary>The relationship statement of one definition: the ends' ids and the relationship's declared properties.</summary>
    public static string RelationshipStatement(RelationshipDef definition) =>
        $"MATCH (a:{CypherNames.Label(definition.From)})-[r:{CypherNames.Type(definition)}]->(b:{CypherNames.Label(definition.To)}) " +
        "RETURN a.id AS start, b.id AS end" + (definition.Properties.Count == 0
            ? string.Empty
            : $", r {{{Projection(definition.Properties.Select(p => p.Name))}}} AS properties");

    /// <summary>Every statement one fetch runs, in order.</summary>
    public IEnumerable<CypherStatement> Statements() =>
        schema.Labels.Select(l => new CypherStatement(NodeStatement(l), Empty))
            .Concat(schema.Relationships.Select(r => new CypherStatement(RelationshipStatement(r), Empty)));

    public async Task<GraphData> FetchAsync(CancellationToken cancellationToken)
    {
        var nodes = new List<NodeRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in schema.Labels)
        {
            var records = await runner.RunAsync(new CypherStatement(NodeStatement(label), Empty), cancellationToken);
            nodes.EnsureCapacity(nodes.Count + records.Count);
            foreach (var record in records)
            {
                var properties = Declared(label.Properties, Map(record["properties"]));
                if (properties.GetValueOrDefault(GraphSchema.IdProperty) is string id && ids.Add(id))
                    nodes.Add(new NodeRecord(label, id, properties));
            }
        }

        var relationships = new List<RelationshipRecord>();
        foreach (var definition in schema.Relationships)
        {
            var records = await runner.RunAsync(new CypherStatement(RelationshipStatement(definition), Empty), cancellationToken);
            relationships.EnsureCapacity(relationships.Count + records.Count);
            foreach (var record in records)
            {
                if (record["start"] is string start && record["end"] is string end && ids.Contains(start) && ids.Contains(end))
                {
                    relationships.Add(new RelationshipRecord(definition, start, end,
                        Declared(definition.Properties, record.TryGetValue("properties", out var stored) ? Map(stored) : Empty)));
                }
            }
        }

        return new GraphData(nodes, relationships);
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private static string Projection(IEnumerable<string> properties) =>
        string.Join(", ", properties.Distinct(StringComparer.Ordinal).Select(p => "." + CypherNames.Escape(p)));

    private static Dictionary<string, object> Declared(IReadOnlyList<PropertyDef> definitions, IReadOnlyDictionary<string, object?> stored)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        if (stored.GetValueOrDefault(GraphSchema.IdProperty) is string id)
            properties[GraphSchema.IdProperty] = id;
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
}
