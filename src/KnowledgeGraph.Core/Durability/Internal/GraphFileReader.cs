using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Reads the whole graph back from the file, in the order it was written. Rows are copied out as UTF-8 and decoded
/// in parallel batches (<see cref="SqliteRowStream"/>); relationship ends share their node's id string.
/// </summary>
internal sealed class GraphFileReader
{
    public const string InvalidFileCode = "STORE_FILE_INVALID";

    private readonly SortedSet<string> _dropped = new(StringComparer.Ordinal);
    private readonly Action<string> _drop;
    private readonly (byte[] Utf8, LabelDef Label, PropertyDecoder Decoder)[] _labels;
    private readonly (byte[] Utf8, string Type, (RelationshipDef Definition, PropertyDecoder Decoder)[] Definitions)[] _types;

    public GraphFileReader(GraphSchema schema)
    {
        _drop = Drop;
        _labels = [.. schema.Labels.Select(l => (Encoding.UTF8.GetBytes(l.Name), l, new PropertyDecoder(l.Properties)))];
        _types = [.. schema.RelationshipTypes.Select(t => (Encoding.UTF8.GetBytes(t), t,
            schema.Relationships.Where(r => r.Type == t).Select(r => (r, new PropertyDecoder(r.Properties))).ToArray()))];
    }

    /// <summary>The graph, and the property names the file holds but the schema no longer declares (left out).</summary>
    public async Task<(GraphData Data, IReadOnlyCollection<string> DroppedProperties)> ReadAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        var nodes = await SqliteRowStream.ReadAsync(connection, "SELECT id, label, properties FROM nodes ORDER BY rowid", 3,
            DecodeNodes, cancellationToken);
        var byId = new Dictionary<string, NodeRecord>(nodes.Count, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId[node.Id] = node;
        }

        var relationships = await SqliteRowStream.ReadAsync(connection,
            "SELECT type, start_id, end_id, properties FROM relationships ORDER BY rowid", 4,
            batch => DecodeRelationships(batch, byId), cancellationToken);
        return (new GraphData(nodes, relationships), _dropped);
    }

    private NodeRecord[] DecodeNodes(RowBatch batch)
    {
        var nodes = new NodeRecord[batch.Count];
        var pool = new StringPool();
        for (var row = 0; row < batch.Count; row++)
        {
            var id = Encoding.UTF8.GetString(batch.Cell(row, 0));
            var (label, decoder) = FindLabel(batch.Cell(row, 1))
                ?? throw Invalid($"node '{id}' has the label '{Encoding.UTF8.GetString(batch.Cell(row, 1))}', which the schema does not declare");
            IReadOnlyDictionary<string, object> properties;
            try
            {
                properties = decoder.Decode(batch.Cell(row, 2), id, pool, _drop);
            }
            catch (JsonException e)
            {
                throw Unreadable($"node '{id}'", e);
            }

            nodes[row] = new NodeRecord(label, id, properties);
        }

        return nodes;
    }

    private RelationshipRecord[] DecodeRelationships(RowBatch batch, Dictionary<string, NodeRecord> byId)
    {
        var lookup = byId.GetAlternateLookup<ReadOnlySpan<char>>();
        var relationships = new RelationshipRecord[batch.Count];
        var pool = new StringPool();
        Span<char> chars = stackalloc char[256];
        for (var row = 0; row < batch.Count; row++)
        {
            var start = Find(lookup, batch.Cell(row, 1), chars);
            var end = Find(lookup, batch.Cell(row, 2), chars);
            var definitions = FindType(batch.Cell(row, 0));
            var found = start is null || end is null ? default : FindDefinition(definitions, start.Label, end.Label);
            if (found.Definition is null)
            {
                var (t, s, e) = (Text(batch.Cell(row, 0)), Text(batch.Cell(row, 1)), Text(batch.Cell(row, 2)));
                throw Invalid($"the relationship {s} -[:{t}]-> {e} has a missing end or labels the schema does not link");
            }

            IReadOnlyDictionary<string, object> properties;
            try
            {
                properties = found.Decoder.Decode(batch.Cell(row, 3), null, pool, _drop);
            }
            catch (JsonException e)
            {
                throw Unreadable($"the relationship {start!.Id} -[:{found.Definition.Type}]-> {end!.Id}", e);
            }

            relationships[row] = new RelationshipRecord(found.Definition, start!.Id, end!.Id, properties);
        }

        return relationships;
    }

    private void Drop(string name)
    {
        lock (_dropped)
        {
            _dropped.Add(name);
        }
    }

    private (LabelDef, PropertyDecoder)? FindLabel(ReadOnlySpan<byte> name)
    {
        foreach (var (utf8, label, decoder) in _labels)
        {
            if (name.SequenceEqual(utf8))
            {
                return (label, decoder);
            }
        }

        return null;
    }

    private (RelationshipDef Definition, PropertyDecoder Decoder)[] FindType(ReadOnlySpan<byte> name)
    {
        foreach (var (utf8, _, definitions) in _types)
        {
            if (name.SequenceEqual(utf8))
            {
                return definitions;
            }
        }

        return [];
    }

    private static (RelationshipDef Definition, PropertyDecoder Decoder) FindDefinition(
        (RelationshipDef Definition, PropertyDecoder Decoder)[] definitions, LabelDef from, LabelDef to)
    {
        foreach (var candidate in definitions)
        {
            if (ReferenceEquals(candidate.Definition.From, from) && ReferenceEquals(candidate.Definition.To, to))
            {
                return candidate;
            }
        }

        return default;
    }

    private static NodeRecord? Find(
        Dictionary<string, NodeRecord>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<byte> id, Span<char> chars)
    {
        if (Encoding.UTF8.GetMaxCharCount(id.Length) > chars.Length)
        {
            return lookup.Dictionary.GetValueOrDefault(Encoding.UTF8.GetString(id));
        }

        var length = Encoding.UTF8.GetChars(id, chars);
        return lookup.TryGetValue(chars[..length], out var node) ? node : null;
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static StoreException Unreadable(string owner, JsonException e) =>
        Invalid($"the properties of {owner} are not readable ({e.Message})");

    private static StoreException Invalid(string problem) =>
        new(InvalidFileCode, $"The graph file does not fit the schema: {problem}.");
}
