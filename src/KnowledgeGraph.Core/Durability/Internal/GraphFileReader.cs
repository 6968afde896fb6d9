using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>Reads the whole graph back from the file, in the order it was written.</summary>
internal sealed class GraphFileReader(GraphSchema schema)
{
    public const string InvalidFileCode = "STORE_FILE_INVALID";

    private readonly PropertyJson _json = new();

    /// <summary>The graph, and the property names the file holds but the schema no longer declares (left out).</summary>
    public async Task<(GraphData Data, IReadOnlyCollection<string> DroppedProperties)> ReadAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        var dropped = new SortedSet<string>(StringComparer.Ordinal);
        var nodes = new List<NodeRecord>();
        var byId = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, label, properties FROM nodes ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                var label = schema.FindLabel(reader.GetString(1))
                    ?? throw Invalid($"node '{id}' has the label '{reader.GetString(1)}', which the schema does not declare");
                var properties = _json.Decode(reader.GetString(2), label.Properties, dropped);
                properties[GraphSchema.IdProperty] = id;
                var node = new NodeRecord(label, id, properties);
                nodes.Add(node);
                byId[id] = node;
            }
        }

        var relationships = new List<RelationshipRecord>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT type, start_id, end_id, properties FROM relationships ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (type, startId, endId) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                var definition = byId.TryGetValue(startId, out var start) && byId.TryGetValue(endId, out var end)
                    ? schema.FindRelationship(type, start.Label, end.Label)
                    : null;
                if (definition is null)
                {
                    throw Invalid($"the relationship {startId} -[:{type}]-> {endId} has a missing end or labels the schema does not link");
                }

                relationships.Add(new RelationshipRecord(definition, startId, endId,
                    _json.Decode(reader.GetString(3), definition.Properties, dropped)));
            }
        }

        return (new GraphData(nodes, relationships), dropped);
    }

    private static StoreException Invalid(string problem) =>
        new(InvalidFileCode, $"The graph file does not fit the schema: {problem}.");
}
