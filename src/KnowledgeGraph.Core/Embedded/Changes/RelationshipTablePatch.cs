using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>
/// The table of one relationship definition after a write: deleted edges (matched by key) leave (the others keep their order, so
/// their indices shift down), created edges are appended, columns are spliced, and both adjacencies patched. A
/// table the write does not touch is shared, or gets remapped neighbours only when node indices moved.
/// </summary>
internal static class RelationshipTablePatch
{
    public static RelationshipTable Apply(
        RelationshipTable old, NodeEnds ends, NodeIndexMap nodeMap,
        IReadOnlyList<RelationshipRecord> deleted, IReadOnlyList<RelationshipRecord> created)
    {
        var fromRows = ends.FromPlan is { RowsMoved: true } f ? f : null;
        var toRows = ends.ToPlan is { RowsMoved: true } t ? t : null;
        var oldOut = old.For(Direction.Outgoing);
        var oldIn = old.For(Direction.Incoming);
        if (deleted.Count == 0 && created.Count == 0)
        {
            var outgoing = AdjacencyPatch.Apply(oldOut, fromRows?.NewToOld, ends.NewFrom.Count, nodeMap, null, [], Empty, old.ParallelOrder);
            var incoming = AdjacencyPatch.Apply(oldIn, toRows?.NewToOld, ends.NewTo.Count, nodeMap, null, [], Empty, old.ParallelOrder);
            return ReferenceEquals(outgoing, oldOut) && ReferenceEquals(incoming, oldIn)
                ? old
                : new RelationshipTable(old.Definition, old.Edges, old.Columns, outgoing, incoming, old.ParallelOrder);
        }

        // The deleted edges, found from their start row by key (a parallel edge with other identifying values stays);
        // then every kept edge's new index.
        var gone = new HashSet<int>();
        HashSet<int> outRows = [], inRows = [];
        foreach (var relationship in deleted)
        {
            var start = ends.OldNode(relationship.StartId) - ends.OldFrom.Start;
            var end = ends.OldNode(relationship.EndId);
            var key = IdentifyingValues.Of(relationship);
            for (var slot = oldOut.Offsets[start]; slot < oldOut.Offsets[start + 1]; slot++)
            {
                if (oldOut.Targets[slot] == end && IdentifyingValues.Of(old.Edges[oldOut.Edges[slot]]) == key && gone.Add(oldOut.Edges[slot]))
                {
                    AddNewRow(outRows, fromRows, start);
                    AddNewRow(inRows, toRows, end - ends.OldTo.Start);
                }
            }
        }

        int[]? edgeMap = null;
        var runs = new List<RowRun>();
        var kept = old.Edges.Length;
        if (gone.Count > 0)
        {
            edgeMap = new int[old.Edges.Length];
            kept = 0;
            for (var edge = 0; edge < edgeMap.Length; edge++)
            {
                if (gone.Contains(edge))
                {
                    edgeMap[edge] = -1;
                }
                else
                {
                    if (runs.Count > 0 && runs[^1].OldStart + runs[^1].Length == edge && runs[^1].NewStart + runs[^1].Length == kept)
                    {
                        runs[^1] = runs[^1] with { Length = runs[^1].Length + 1 };
                    }
                    else
                    {
                        runs.Add(new RowRun(edge, kept, 1));
                    }

                    edgeMap[edge] = kept++;
                }
            }
        }
        else if (kept > 0)
        {
            runs.Add(new RowRun(0, 0, kept));
        }

        var edges = new RelationshipRecord[kept + created.Count];
        foreach (var run in runs)
        {
            Array.Copy(old.Edges, run.OldStart, edges, run.NewStart, run.Length);
        }

        var addedOut = new Dictionary<int, List<(int, int)>>();
        var addedIn = new Dictionary<int, List<(int, int)>>();
        for (var k = 0; k < created.Count; k++)
        {
            var (edge, relationship) = (kept + k, created[k]);
            edges[edge] = relationship;
            var start = ends.NewNode(relationship.StartId, ends.NewFrom);
            var end = ends.NewNode(relationship.EndId, ends.NewTo);
            Add(addedOut, start - ends.NewFrom.Start, (end, edge));
            Add(addedIn, end - ends.NewTo.Start, (start, edge));
        }

        var columns = new Dictionary<string, Column>(old.Columns.Count, StringComparer.Ordinal);
        foreach (var (name, column) in old.Columns)
        {
            var builder = column.Splice(edges.Length, runs);
            for (var k = 0; k < created.Count; k++)
            {
                if (created[k].Properties.TryGetValue(name, out var value))
                {
                    builder.Set(kept + k, value);
                }
            }

            columns[name] = builder.Build();
        }

        // Kept rows stay in order (identifying values never change, the edge map is monotone); rebuilt rows are sorted.
        var parallel = ParallelEdgeOrder.Of(old.Definition, columns);
        return new RelationshipTable(
            old.Definition,
            edges,
            columns,
            AdjacencyPatch.Apply(oldOut, fromRows?.NewToOld, ends.NewFrom.Count, nodeMap, edgeMap, outRows, addedOut, parallel),
            AdjacencyPatch.Apply(oldIn, toRows?.NewToOld, ends.NewTo.Count, nodeMap, edgeMap, inRows, addedIn, parallel),
            parallel);
    }

    private static readonly Dictionary<int, List<(int, int)>> Empty = [];

    private static void AddNewRow(HashSet<int> rows, LabelPlan? plan, int oldRow)
    {
        var row = plan is null ? oldRow : plan.OldToNew[oldRow];
        if (row >= 0)
        {
            rows.Add(row);
        }
    }

    private static void Add(Dictionary<int, List<(int, int)>> added, int row, (int, int) slot)
    {
        if (!added.TryGetValue(row, out var list))
        {
            added[row] = list = [];
        }

        list.Add(slot);
    }
}

/// <summary>The two end labels of a relationship definition before and after a write, and both id lookups.</summary>
internal sealed record NodeEnds(
    LabelTable OldFrom, LabelTable OldTo, LabelTable NewFrom, LabelTable NewTo,
    LabelPlan? FromPlan, LabelPlan? ToPlan, NodeIdIndex OldIds, NodeIdIndex NewIds)
{
    public int OldNode(string id) => OldIds.TryGetValue(id, out var node) ? node : throw new ArgumentException($"No node has the id '{id}'.");

    public int NewNode(string id, LabelTable table) =>
        NewIds.TryGetValue(id, out var node) && table.Contains(node)
            ? node
            : throw new ArgumentException($"A relationship refers to '{id}', which is no {table.Label.Name}.");
}
