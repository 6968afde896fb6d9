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
/// out, and the write's data version makes the next snapshot include it. Up to <see cref="Concurrency"/> statements
/// run at once, each on its own connection; the result is assembled in schema order, so it does not depend on which
/// statement finished first. The default stays 1 (one after the other): at 100x on the loaded 2-core machine, 4 at once
/// was faster in one invocation and slower in the next (benchmarks/results/2026-12-05-snapshot.md).
/// </summary>
public sealed class Neo4jGraphFetch(ICypherRunner runner, GraphSchema schema, int concurrency = Neo4jGraphFetch.DefaultConcurrency)
{
    /// <summary>How many statements run at once by default.</summary>
    public const int DefaultConcurrency = 1;

    /// <summary>How many statements run at once (1: one after the other).</summary>
    public int Concurrency { get; } = concurrency >= 1 ? concurrency : throw new ArgumentOutOfRangeException(nameof(concurrency));

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
        // Each statement's rows become records as soon as they arrive (the raw rows of at most Concurrency statements
        // are held at once); ids are deduplicated and relationships checked against them once all have arrived.
        var labels = schema.Labels;
        var definitions = schema.Relationships;
        var nodeLists = new List<NodeRecord>[labels.Count];
        var relationshipLists = new List<RelationshipRecord>[definitions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, labels.Count + definitions.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                if (i < labels.Count)
                    nodeLists[i] = await NodesAsync(labels[i], token);
                else
                    relationshipLists[i - labels.Count] = await RelationshipsAsync(definitions[i - labels.Count], token);
            });

        var nodes = new List<NodeRecord>(nodeLists.Sum(l => l.Count));
        var ids = new HashSet<string>(nodes.Capacity, StringComparer.Ordinal);
        foreach (var node in nodeLists.SelectMany(l => l))
        {
            if (ids.Add(node.Id))
                nodes.Add(node);
        }

        var relationships = new List<RelationshipRecord>(relationshipLists.Sum(l => l.Count));
        relationships.AddRange(relationshipLists.SelectMany(l => l).Where(r => ids.Contains(r.StartId) && ids.Contains(r.EndId)));
        return new GraphData(nodes, relationships);
    }

    private async Task<List<NodeRecord>> NodesAsync(LabelDef label, CancellationToken cancellationToken)
    {
        var records = await runner.RunAsync(new CypherStatement(NodeStatement(label), Empty), cancellationToken);
        var nodes = new List<NodeRecord>(records.Count);
        foreach (var record in records)
        {
            var properties = Declared(label.Properties, Map(record["properties"]));
            if (properties.GetValueOrDefault(GraphSchema.IdProperty) is string id)
                nodes.Add(new NodeRecord(label, id, properties));
        }

        return nodes;
    }

    private async Task<List<RelationshipRecord>> RelationshipsAsync(RelationshipDef definition, CancellationToken cancellationToken)
    {
        var records = await runner.RunAsync(new CypherStatement(RelationshipStatement(definition), Empty), cancellationToken);
        var relationships = new List<RelationshipRecord>(records.Count);
        foreach (var record in records)
        {
            if (record["start"] is string start && record["end"] is string end)
            {
                relationships.Add(new RelationshipRecord(definition, start, end,
                    Declared(definition.Properties, record.TryGetValue("properties", out var stored) ? Map(stored) : Empty)));
            }
        }

        return relationships;
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private static string Projection(IEnumerable<string> properties) =>
        string.Join(", ", properties.Distinct(StringComparer.Ordinal).Select(p => "." + CypherNames.Escape(p)));

    /// <summary>The properties of a relationship type that has none: one shared empty map, not one per relationship.</summary>
    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    private static IReadOnlyDictionary<string, object> Declared(IReadOnlyList<PropertyDef> definitions, IReadOnlyDictionary<string, object?> stored)
    {
        if (definitions.Count == 0 && stored.Count == 0)
            return NoProperties;
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
