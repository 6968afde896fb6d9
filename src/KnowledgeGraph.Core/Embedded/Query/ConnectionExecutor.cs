using System.Buffers;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Runs compiled connections (at the root over a label, nested over a node's neighbours) and projects nodes. A page
/// in id order is read while scanning (<see cref="NaturalOrderScan"/>); any other order gathers the matches into a
/// pooled buffer and cuts the page there (<see cref="PageWindow"/>).
/// </summary>
internal sealed class ConnectionExecutor(GraphIndex graph, CancellationToken cancellationToken)
{
    private readonly NodeProjector _projector = new(graph);

    public ConnectionResult ExecuteRoot(CompiledConnection connection) =>
        Execute(connection, new ItemRange(connection.Table.Start, connection.Table.End, null, connection.Candidates), null);

    public ConnectionResult ExecuteNested(CompiledSelection selection, int parent)
    {
        if (selection.Inside is { } inside)
        {
            return Execute(selection.Connection, inside.For(parent, cancellationToken), selection);
        }

        var offsets = selection.Adjacency.Offsets;
        var row = parent - selection.SourceStart;
        return Execute(selection.Connection, new ItemRange(offsets[row], offsets[row + 1], selection.Adjacency.Targets), selection);
    }

    public NodeResult Project(int node, CompiledProjection projection)
    {
        var selections = projection.SelectionByKey;
        if (selections.Length == 0)
        {
            return _projector.Project(node, projection, null);
        }

        var connections = new ConnectionResult[selections.Length];
        for (var k = 0; k < selections.Length; k++)
        {
            connections[k] = ExecuteNested(selections[k], node);
        }

        return _projector.Project(node, projection, connections);
    }

    private ConnectionResult Execute(CompiledConnection connection, ItemRange range, CompiledSelection? selection)
    {
        if (connection.Aggregate is null && (connection.WantsNoNodes || connection.Order.IsIdOrder))
        {
            return Scan(connection, range, selection);
        }

        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, range.Length));
        try
        {
            var count = Collect(connection.Where, range, buffer);
            var aggregate = connection.Aggregate is null ? null : Aggregate(connection.Aggregate, buffer.AsSpan(0, count), range);
            long? total = connection.IncludeTotalCount ? count : null;
            if (connection.WantsNoNodes)
            {
                return new ConnectionResult([], total, false, count > 0, aggregate);
            }

            var (start, length, hasPrevious, hasNext) = PageWindow.Select(buffer.AsSpan(0, count), range, connection.Order, connection.Page);
            var edges = Edges(connection, buffer.AsSpan(start, length), range, selection);
            return new ConnectionResult(edges, total, hasPrevious, hasNext, aggregate);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private ConnectionResult Scan(CompiledConnection connection, ItemRange range, CompiledSelection? selection)
    {
        var page = connection.Page;
        var size = page.Last ?? page.First!.Value;
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, Math.Min(size, range.Length)));
        try
        {
            // Cursors do not change the total: without a filter it is the range's length, with one the scan counts on.
            var countAll = connection.IncludeTotalCount && connection.Where is not null;
            var (count, hasPrevious, hasNext, matches) = page.Last is null
                ? NaturalOrderScan.Forward(range, connection.Where, connection.Order, page, size, buffer, countAll, cancellationToken)
                : NaturalOrderScan.Backward(range, connection.Where, connection.Order, page, size, buffer, countAll, cancellationToken);
            long? total = !connection.IncludeTotalCount ? null : countAll ? matches : range.Length;
            var edges = Edges(connection, buffer.AsSpan(0, count), range, selection);
            return new ConnectionResult(edges, total, hasPrevious, hasNext);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private int Collect(Func<int, bool>? where, ItemRange range, int[] buffer)
    {
        var count = 0;
        for (var position = 0; position < range.Length; position++)
        {
            if ((position & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var item = range.ItemAt(position);
            if (where is null || where(range.NodeOf(item)))
            {
                buffer[count++] = item;
            }
        }

        return count;
    }

    private EdgeResult[] Edges(CompiledConnection connection, ReadOnlySpan<int> items, ItemRange range, CompiledSelection? selection)
    {
        if (items.Length == 0)
        {
            return [];
        }

        var edges = new EdgeResult[items.Length];
        var cursors = connection.Cursors;
        for (var k = 0; k < items.Length; k++)
        {
            var node = range.NodeOf(items[k]);
            var cursor = cursors == EdgeCursors.All || (cursors == EdgeCursors.PageEnds && (k == 0 || k == items.Length - 1))
                ? connection.Order.Cursor(node, items[k])
                : string.Empty;
            var edgeProperties = selection is null ? NodeProjector.NoEdgeProperties : _projector.EdgeProperties(selection, items[k]);
            edges[k] = new EdgeResult(cursor, Project(node, connection.Projection), edgeProperties);
        }

        return edges;
    }

    private AggregateResult Aggregate(AggregateRequest request, ReadOnlySpan<int> items, ItemRange range)
    {
        var nodes = new int[items.Length];
        for (var k = 0; k < nodes.Length; k++)
        {
            nodes[k] = range.NodeOf(items[k]);
        }

        return ConnectionAggregator.Compute(request, nodes.Length, property =>
            nodes.Select(node => graph.Nodes[node].Properties.GetValueOrDefault(property.Name)));
    }
}
