using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>Adds computed attributes (places, centralities, communities) to the nodes of a sub-graph before it is written.</summary>
public static class ExportAttributes
{
    /// <summary>The graph with each node's properties extended by <paramref name="extra"/> (a computed value wins over a stored one of the same name).</summary>
    public static SubGraph Add(SubGraph graph, Func<SubGraphNode, IEnumerable<KeyValuePair<string, object>>> extra)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(extra);
        var nodes = graph.Nodes.Select(node =>
        {
            var added = extra(node).ToList();
            if (added.Count == 0)
            {
                return node;
            }

            var properties = new Dictionary<string, object>(node.Properties, StringComparer.Ordinal);
            foreach (var (name, value) in added)
            {
                properties[name] = value;
            }

            return node with { Properties = properties };
        }).ToList();
        return graph with { Nodes = nodes };
    }
}
