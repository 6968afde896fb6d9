using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Paging;

namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>Turns the maps of a compiled projection back into <see cref="NodeResult"/>s, paging nested connections on the way.</summary>
internal static class NodeMapper
{
    private static readonly IReadOnlyDictionary<string, object?> NoEdgeProperties = new Dictionary<string, object?>();

    public static NodeResult Node(LabelDef label, object? value, NodeProjection projection)
    {
        var map = Values.Map(value);
        var id = (string)map[GraphSchema.IdProperty]!;
        var properties = new Dictionary<string, object?>(projection.Properties.Count, StringComparer.Ordinal);
        foreach (var property in projection.Properties)
        {
            if (property.Name == GraphSchema.IdProperty)
            {
                properties[property.Name] = id;
            }
            else if (map.GetValueOrDefault(property.Name) is { } present)
            {
                properties[property.Name] = Values.Property(present);
            }
        }

        var relationships = new Dictionary<string, ConnectionResult>(projection.Relationships.Count, StringComparer.Ordinal);
        for (var i = 0; i < projection.Relationships.Count; i++)
        {
            var selection = projection.Relationships[i];
            relationships[selection.Key] = Nested(selection, Values.List(map[ProjectionCompiler.SelectionKey(i)]));
        }

        return new NodeResult(label, id, properties, relationships);
    }

    public static EdgeResult Edge(ConnectionQuery query, IReadOnlyDictionary<string, object?> item, IReadOnlyDictionary<string, object?> edgeProperties) =>
        Edge(query, item, Position(item), edgeProperties);

    /// <param name="edgeKey">The properties of <paramref name="position"/>'s edge key (a nested connection's <see cref="RelationshipSelection.EdgeKey"/>).</param>
    public static EdgeResult Edge(
        ConnectionQuery query, IReadOnlyDictionary<string, object?> item, CursorPosition position, IReadOnlyDictionary<string, object?> edgeProperties,
        IReadOnlyList<PropertyDef>? edgeKey = null)
    {
        var cursor = CursorCodec.Encode(query.Label, query.Order, position, edgeKey);
        return new EdgeResult(cursor, Node(query.Label, item[ProjectionCompiler.NodeKey], query.Projection), edgeProperties);
    }

    /// <summary>The sort keys Neo4j returned for an item: the order's key values, then the id; and its edge key when it has one.</summary>
    public static CursorPosition Position(IReadOnlyDictionary<string, object?> item)
    {
        var keys = Values.List(item[ProjectionCompiler.SortKeysKey]);
        var values = keys.Count == 1 ? [] : new object?[keys.Count - 1];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = keys[k];
        }

        var edgeKey = item.TryGetValue(ProjectionCompiler.EdgeKeyKey, out var edge) ? Values.List(edge) : null;
        return new CursorPosition(values, (string)keys[^1]!) { EdgeKey = edgeKey };
    }

    private static ConnectionResult Nested(RelationshipSelection selection, IReadOnlyList<object?> items)
    {
        var query = selection.Query;
        var aggregate = query.Aggregate is null ? null : Aggregates.OfItems(query.Aggregate, items);
        if (query.WantsNoNodes)
        {
            return new ConnectionResult([], query.IncludeTotalCount ? items.Count : null, false, items.Count > 0, aggregate);
        }

        var after = query.Page.After is null ? null : CursorCodec.Decode(query.Label, query.Order, query.Page.After, selection.EdgeKey);
        var before = query.Page.Before is null ? null : CursorCodec.Decode(query.Label, query.Order, query.Page.Before, selection.EdgeKey);
        var (page, hasPrevious, hasNext) = NestedPager.Select(items, item => Position(Values.Map(item)), query.Order, query.Page, after, before);
        var edges = new EdgeResult[page.Count];
        for (var j = 0; j < page.Count; j++)
        {
            var item = Values.Map(page[j].Item);
            edges[j] = Edge(query, item, page[j].Position, EdgeProperties(selection, item), selection.EdgeKey);
        }

        return new ConnectionResult(edges, query.IncludeTotalCount ? items.Count : null, hasPrevious, hasNext, aggregate);
    }

    private static IReadOnlyDictionary<string, object?> EdgeProperties(RelationshipSelection selection, IReadOnlyDictionary<string, object?> item)
    {
        if (selection.EdgeProperties.Count == 0)
        {
            return NoEdgeProperties;
        }

        var map = Values.Map(item[ProjectionCompiler.EdgePropertiesKey]);
        return selection.EdgeProperties
            .Where(p => map.GetValueOrDefault(p.Name) is not null)
            .ToDictionary(p => p.Name, p => (object?)Values.Property(map[p.Name]!), StringComparer.Ordinal);
    }
}
