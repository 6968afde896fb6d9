using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// What a change set's validation needs, read straight from an index: a node by id (binary search) and a node's
/// relationships (its rows in the adjacencies of the definitions its label takes part in). Nothing is built.
/// </summary>
internal sealed class GraphIndexLookup(GraphIndex index) : IGraphLookup
{
    public NodeRecord? FindNode(string id) => index.NodeById.TryGetValue(id, out var node) ? index.Nodes[node] : null;

    public IEnumerable<RelationshipRecord> RelationshipsOf(string nodeId)
    {
        if (!index.NodeById.TryGetValue(nodeId, out var node))
        {
            yield break;
        }

        var label = index.Nodes[node].Label;
        foreach (var definition in index.Schema.Relationships)
        {
            if (!index.Relationships.TryGetValue(definition, out var table))
            {
                continue;
            }

            if (definition.From == label)
            {
                var adjacency = table.For(Direction.Outgoing);
                var row = node - index.Labels[label].Start;
                for (var slot = adjacency.Offsets[row]; slot < adjacency.Offsets[row + 1]; slot++)
                {
                    yield return table.Edges[adjacency.Edges[slot]];
                }
            }

            if (definition.To == label)
            {
                var adjacency = table.For(Direction.Incoming);
                var row = node - index.Labels[label].Start;
                for (var slot = adjacency.Offsets[row]; slot < adjacency.Offsets[row + 1]; slot++)
                {
                    var relationship = table.Edges[adjacency.Edges[slot]];
                    if (definition.From != label || relationship.StartId != nodeId)
                    {
                        yield return relationship; // a loop was listed with the outgoing ones
                    }
                }
            }
        }
    }
}
