using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Builds the property and edge-property maps of projected nodes and edges: a <see cref="ProjectedMap{TValue}"/> over
/// the projection's shared keys (a dictionary only past <see cref="ProjectedMap{TValue}.MaxKeys"/> keys). A property the
/// record does not hold is left out, as before.
/// </summary>
internal sealed class NodeProjector(GraphIndex graph)
{
    public static readonly IReadOnlyDictionary<string, object?> NoEdgeProperties = new Dictionary<string, object?>();
    private static readonly IReadOnlyDictionary<string, ConnectionResult> NoRelationships = new Dictionary<string, ConnectionResult>();

    /// <param name="connections">The value of each of the projection's selection keys, by position; null when none.</param>
    public NodeResult Project(int node, CompiledProjection projection, ConnectionResult[]? connections)
    {
        var record = graph.Nodes[node];
        var properties = Read(record.Properties, record.Id, projection.PropertyKeys);
        IReadOnlyDictionary<string, ConnectionResult> relationships = connections is null
            ? NoRelationships
            : Map(projection.SelectionKeys, connections);
        return new NodeResult(record.Label, record.Id, properties, relationships);
    }

    public IReadOnlyDictionary<string, object?> EdgeProperties(CompiledSelection selection, int slot)
    {
        var names = selection.EdgePropertyKeys;
        if (names.Length == 0)
        {
            return NoEdgeProperties;
        }

        var edge = selection.Relationship.Edges[selection.Adjacency.Edges[slot]];
        return Read(edge.Properties, null, names);
    }

    private static IReadOnlyDictionary<string, object?> Read(IReadOnlyDictionary<string, object> source, string? id, string[] names)
    {
        if (names.Length > ProjectedMap<object?>.MaxKeys)
        {
            return ReadIntoDictionary(source, id, names);
        }

        var values = new object?[names.Length];
        var present = 0UL;
        for (var k = 0; k < names.Length; k++)
        {
            if (id is not null && names[k] == GraphSchema.IdProperty)
            {
                values[k] = id;
                present |= 1UL << k;
            }
            else if (source.TryGetValue(names[k], out var value))
            {
                values[k] = value;
                present |= 1UL << k;
            }
        }

        return new ProjectedMap<object?>(names, values, present);
    }

    private static Dictionary<string, object?> ReadIntoDictionary(IReadOnlyDictionary<string, object> source, string? id, string[] names)
    {
        var properties = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (id is not null && name == GraphSchema.IdProperty)
            {
                properties[name] = id;
            }
            else if (source.TryGetValue(name, out var value))
            {
                properties[name] = value;
            }
        }

        return properties;
    }

    private static IReadOnlyDictionary<string, ConnectionResult> Map(string[] keys, ConnectionResult[] values) =>
        keys.Length <= ProjectedMap<ConnectionResult>.MaxKeys
            ? new ProjectedMap<ConnectionResult>(keys, values, ProjectedMap<ConnectionResult>.AllPresent(keys.Length))
            : keys.Select((key, k) => (key, k)).ToDictionary(x => x.key, x => values[x.k], StringComparer.Ordinal);
}
