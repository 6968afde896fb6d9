using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>Builds the table of one relationship definition: ends resolved to node indices, property columns, both adjacencies.</summary>
internal static class RelationshipTableBuilder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RelationshipTable Build(
        RelationshipDef definition, RelationshipRecord[] edges, Dictionary<string, int> nodeById, LabelRange from, LabelRange to)
    {
        var starts = new int[edges.Length];
        var ends = new int[edges.Length];
        var startRows = new int[edges.Length];
        var endRows = new int[edges.Length];
        var builders = definition.Properties.Select(p => ColumnBuilder.For(p, edges.Length)).ToArray();
        var router = new PropertyRouter(builders);
        for (var e = 0; e < edges.Length; e++)
        {
            var edge = edges[e];
            starts[e] = Resolve(nodeById, from, edge.StartId, edge);
            ends[e] = Resolve(nodeById, to, edge.EndId, edge);
            startRows[e] = starts[e] - from.Start;
            endRows[e] = ends[e] - to.Start;
            if (!router.IsEmpty)
            {
                router.Fill(e, edge.Properties);
            }
        }

        var columns = builders.ToDictionary(b => b.Property.Name, b => b.Build(), StringComparer.Ordinal);
        var parallel = ParallelEdgeOrder.Of(definition, columns);
        var outgoing = Adjacency.Build(from.Count, startRows, ends, parallel);
        var incoming = Adjacency.Build(to.Count, endRows, starts, parallel);
        return new RelationshipTable(definition, edges, columns, outgoing, incoming, parallel);
    }

    private static int Resolve(Dictionary<string, int> nodeById, LabelRange range, string id, RelationshipRecord edge) =>
        nodeById.TryGetValue(id, out var node) && range.Contains(node)
            ? node
            : throw new ArgumentException($"The relationship {edge.Id} refers to '{id}', which is no {range.Label.Name}.");
}
