using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// The whole graph an index holds, as <see cref="GraphData"/>: nodes in index order (by label, then id) — the
/// index's own array, not a copy — and relationships by definition, each in edge order. Building an index from it
/// gives the same index back.
/// </summary>
internal static class GraphIndexData
{
    public static GraphData Materialize(GraphIndex index)
    {
        var relationships = new RelationshipRecord[index.Relationships.Values.Sum(t => t.Edges.Length)];
        var next = 0;
        foreach (var definition in index.Schema.Relationships)
        {
            if (index.Relationships.TryGetValue(definition, out var table))
            {
                table.Edges.CopyTo(relationships, next);
                next += table.Edges.Length;
            }
        }

        return new GraphData(index.Nodes, relationships);
    }
}
