using GraphQL.Types;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Paths;
using static KnowledgeGraph.Api.Analytics.GraphQL.AnalyticsFields;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>Sub-graphs and paths in the node/edge-list shape graph libraries (Cytoscape.js, graphology) take directly.</summary>
internal static class SubGraphTypes
{
    public const string SubGraph = "SubGraph";
    public const string Node = "SubGraphNode";
    public const string Edge = "SubGraphEdge";
    public const string Path = "Path";
    public const string PathSet = "PathSet";

    public static IEnumerable<IGraphType> Create()
    {
        yield return new JsonGraphType();

        var node = new ObjectGraphType { Name = Node, Description = "A node of a sub-graph." };
        node.AddField(Of<SubGraphNode>("id", NonNull("ID"), "The node's id.", n => n.Id));
        node.AddField(Of<SubGraphNode>("label", NonNull("String"), "Its label: Actor, Alliance, Territory…", n => n.Label));
        node.AddField(Of<SubGraphNode>("name", Named("String"), "Its display name (its id when it has none).", n => n.Name));
        node.AddField(Of<SubGraphNode>("properties", Named("JSON"), "All its properties, id included.", n => n.Properties));
        yield return node;

        var edge = new ObjectGraphType { Name = Edge, Description = "A relationship of a sub-graph, between two of its nodes." };
        edge.AddField(Of<SubGraphEdge>("id", NonNull("ID"), "A stable id: source-TYPE-target.", e => e.Id));
        edge.AddField(Of<SubGraphEdge>("type", NonNull("String"), "The relationship type (PARTICIPATES_IN…, CO_PARTICIPATES).", e => e.Type));
        edge.AddField(Of<SubGraphEdge>("source", NonNull("ID"), "The start node's id.", e => e.Source));
        edge.AddField(Of<SubGraphEdge>("target", NonNull("ID"), "The end node's id.", e => e.Target));
        edge.AddField(Of<SubGraphEdge>("properties", Named("JSON"), "Its properties (weight and shared alliances for CO_PARTICIPATES).", e => e.Properties));
        yield return edge;

        var graph = new ObjectGraphType { Name = SubGraph, Description = "Nodes and the relationships between them." };
        graph.AddField(Of<SubGraph>("nodes", NonNullListOfNonNull(Node), "The nodes, start nodes first.", g => g.Nodes));
        graph.AddField(Of<SubGraph>("edges", NonNullListOfNonNull(Edge), "The relationships between the nodes.", g => g.Edges));
        graph.AddField(Of<SubGraph>("truncated", NonNull("Boolean"), "Whether the limit left reachable nodes out.", g => g.Truncated));
        graph.AddField(Of<SubGraph>("directed", NonNull("Boolean"), "False for projections such as the co-participation network.", g => g.Directed));
        yield return graph;

        var path = new ObjectGraphType { Name = Path, Description = "A path: nodes[i] and nodes[i + 1] are linked by relationships[i]." };
        path.AddField(Of<GraphPath>("length", NonNull("Int"), "The number of relationships.", p => p.Length));
        path.AddField(Of<GraphPath>("nodes", NonNullListOfNonNull(Node), "The nodes, from the start to the end.", p => p.Nodes));
        path.AddField(Of<GraphPath>("relationships", NonNullListOfNonNull(Edge), "The relationships, in path order.", p => p.Relationships));
        yield return path;

        var set = new ObjectGraphType { Name = PathSet, Description = "All shortest paths, in order of their node ids." };
        set.AddField(Of<PathSet>("paths", NonNullListOfNonNull(Path), "The paths (empty when the nodes are not linked).", s => s.Paths));
        set.AddField(Of<PathSet>("truncated", NonNull("Boolean"), "Whether `first` left paths out.", s => s.Truncated));
        yield return set;
    }
}
