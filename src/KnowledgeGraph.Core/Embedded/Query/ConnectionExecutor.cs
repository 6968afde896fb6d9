using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>Runs compiled connections (at the root over a label, nested over a node's neighbours) and projects nodes.</summary>
internal sealed class ConnectionExecutor(GraphIndex graph, CancellationToken cancellationToken)
{
    private static readonly IReadOnlyDictionary<string, object?> NoEdgeProperties = new Dictionary<string, object?>();
    private static readonly IReadOnlyDictionary<string, ConnectionResult> NoRelationships = new Dictionary<string, ConnectionResult>();
    private static readonly Func<int, int> Identity = item => item;

    public ConnectionResult ExecuteRoot(CompiledConnection connection)
    {
        var table = connection.Table;
        var where = connection.Where;
        var matches = new List<int>(where is null ? table.Count : 16);
        for (var node = table.Start; node < table.End; node++)
        {
            if ((node & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (where is null || where(node))
            {
                matches.Add(node);
            }
        }

        return Page(connection, matches, Identity, null);
    }

    public ConnectionResult ExecuteNested(CompiledSelection selection, int parent)
    {
        var adjacency = selection.Adjacency;
        var row = parent - selection.SourceStart;
        var where = selection.Connection.Where;
        var matches = new List<int>(adjacency.Offsets[row + 1] - adjacency.Offsets[row]);
        for (var slot = adjacency.Offsets[row]; slot < adjacency.Offsets[row + 1]; slot++)
        {
            if (where is null || where(adjacency.Targets[slot]))
            {
                matches.Add(slot);
            }
        }

        return Page(selection.Connection, matches, slot => adjacency.Targets[slot], selection);
    }

    public NodeResult Project(int node, CompiledProjection projection)
    {
        var record = graph.Nodes[node];
        var properties = new Dictionary<string, object?>(projection.Properties.Length, StringComparer.Ordinal);
        foreach (var property in projection.Properties)
        {
            if (property.Name == GraphSchema.IdProperty)
            {
                properties[property.Name] = record.Id;
            }
            else if (record.Properties.TryGetValue(property.Name, out var value))
            {
                properties[property.Name] = value;
            }
        }

        if (projection.Selections.Length == 0)
        {
            return new NodeResult(record.Label, record.Id, properties, NoRelationships);
        }

        var relationships = new Dictionary<string, ConnectionResult>(projection.Selections.Length, StringComparer.Ordinal);
        foreach (var selection in projection.Selections)
        {
            relationships[selection.Key] = ExecuteNested(selection, node);
        }

        return new NodeResult(record.Label, record.Id, properties, relationships);
    }

    private ConnectionResult Page(CompiledConnection connection, List<int> matches, Func<int, int> nodeOf, CompiledSelection? selection)
    {
        var aggregate = connection.Aggregate is null ? null : Aggregate(connection.Aggregate, matches, nodeOf);
        if (connection.WantsNoNodes)
        {
            return new ConnectionResult([], connection.IncludeTotalCount ? matches.Count : null, false, matches.Count > 0, aggregate);
        }

        var (items, hasPrevious, hasNext) = PageWindow.Select(matches, nodeOf, connection.Order, connection.Page, connection.Order.IsIdOrder);
        var edges = new EdgeResult[items.Length];
        for (var k = 0; k < items.Length; k++)
        {
            var node = nodeOf(items[k]);
            var cursor = connection.Order.Cursor(node);
            var edgeProperties = selection is null
                ? NoEdgeProperties
                : EdgeProperties(selection.Relationship.Edges[selection.Adjacency.Edges[items[k]]], selection.EdgeProperties);
            edges[k] = new EdgeResult(cursor, Project(node, connection.Projection), edgeProperties);
        }

        return new ConnectionResult(edges, connection.IncludeTotalCount ? matches.Count : null, hasPrevious, hasNext, aggregate);
    }

    private AggregateResult Aggregate(AggregateRequest request, List<int> matches, Func<int, int> nodeOf) =>
        ConnectionAggregator.Compute(request, matches.Count, property =>
            matches.Select(item => graph.Nodes[nodeOf(item)].Properties.GetValueOrDefault(property.Name)));

    private static IReadOnlyDictionary<string, object?> EdgeProperties(RelationshipRecord edge, string[] names)
    {
        if (names.Length == 0)
        {
            return NoEdgeProperties;
        }

        var properties = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (edge.Properties.TryGetValue(name, out var value))
            {
                properties[name] = value;
            }
        }

        return properties;
    }
}
