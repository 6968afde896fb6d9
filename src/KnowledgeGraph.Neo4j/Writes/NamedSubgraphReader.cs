using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Mapping;

namespace KnowledgeGraph.Neo4j.Writes;

/// <summary>
/// Reads, inside the write transaction, the nodes a change set names and every relationship touching them: enough
/// for <see cref="Core.Writes.ChangeSetValidator"/> through a <see cref="Core.Writes.GraphDataLookup"/>.
/// </summary>
internal sealed class NamedSubgraphReader(GraphSchema schema)
{
    internal const string NodesQuery =
        "UNWIND $ids AS id MATCH (n) WHERE n.id = id RETURN n.id AS id, labels(n) AS labels, properties(n) AS props";

    internal const string RelationshipsQuery =
        "MATCH (n)-[r]-() WHERE n.id IN $ids WITH DISTINCT r " +
        "RETURN type(r) AS type, startNode(r).id AS startId, endNode(r).id AS endId, " +
        "labels(startNode(r)) AS startLabels, labels(endNode(r)) AS endLabels, properties(r) AS props";

    public async Task<GraphData> ReadAsync(BoltTransaction transaction, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList() };
        var nodes = new List<NodeRecord>();
        foreach (var record in await (await transaction.RunAsync(NodesQuery, parameters, cancellationToken)).ToListAsync(cancellationToken))
        {
            if (LabelOf(record["labels"]) is { } label)
            {
                nodes.Add(new NodeRecord(label, (string)record["id"]!, Declared(label.Properties, record["props"])));
            }
        }

        var relationships = new List<RelationshipRecord>();
        foreach (var record in await (await transaction.RunAsync(RelationshipsQuery, parameters, cancellationToken)).ToListAsync(cancellationToken))
        {
            if (LabelOf(record["startLabels"]) is { } from && LabelOf(record["endLabels"]) is { } to
                && schema.FindRelationship((string)record["type"]!, from, to) is { } definition)
            {
                relationships.Add(new RelationshipRecord(definition, (string)record["startId"]!, (string)record["endId"]!,
                    Declared(definition.Properties, record["props"])));
            }
        }

        return new GraphData(nodes, relationships);
    }

    private LabelDef? LabelOf(object? labels) => Values.List(labels).OfType<string>().Select(schema.FindLabel).FirstOrDefault(l => l is not null);

    // Only the schema's own properties: shadows (__n_…) are storage, not data.
    private static Dictionary<string, object> Declared(IReadOnlyList<PropertyDef> declared, object? properties)
    {
        var stored = Values.Map(properties);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in declared)
        {
            if (stored.TryGetValue(property.Name, out var value) && value is not null)
            {
                values[property.Name] = Values.Property(value);
            }
        }

        return values;
    }
}
