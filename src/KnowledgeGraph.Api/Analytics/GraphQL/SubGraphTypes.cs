using GraphQL.Types;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Paths;
using KnowledgeGraph.Core.Schema;
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

        var node = new ObjectGraphType { Name = Node, Description = Bilingual.Text("Un nœud d'un sous-graphe.", "A node of a sub-graph.") };
        node.AddField(Of<SubGraphNode>("id", NonNull("ID"), Bilingual.Text("L'id du nœud.", "The node's id."), n => n.Id));
        node.AddField(Of<SubGraphNode>("label", NonNull("String"), Bilingual.Text("Son label : Actor (acteur), Alliance, Territory (territoire)…", "Its label: Actor, Alliance, Territory…"), n => n.Label));
        node.AddField(Of<SubGraphNode>("name", Named("String"), Bilingual.Text("Son nom affiché (son id quand il n'en a pas).", "Its display name (its id when it has none)."), n => n.Name));
        node.AddField(Of<SubGraphNode>("properties", Named("JSON"), Bilingual.Text("Toutes ses propriétés, id compris.", "All its properties, id included."), n => n.Properties));
        yield return node;

        var edge = new ObjectGraphType { Name = Edge, Description = Bilingual.Text("Une relation d'un sous-graphe, entre deux de ses nœuds.", "A relationship of a sub-graph, between two of its nodes.") };
        edge.AddField(Of<SubGraphEdge>("id", NonNull("ID"), Bilingual.Text("Un id stable : source-TYPE-cible.", "A stable id: source-TYPE-target."), e => e.Id));
        edge.AddField(Of<SubGraphEdge>("type", NonNull("String"), Bilingual.Text("Le type de la relation (PARTICIPATES_IN…, CO_PARTICIPATES).", "The relationship type (PARTICIPATES_IN…, CO_PARTICIPATES)."), e => e.Type));
        edge.AddField(Of<SubGraphEdge>("source", NonNull("ID"), Bilingual.Text("L'id du nœud de départ.", "The start node's id."), e => e.Source));
        edge.AddField(Of<SubGraphEdge>("target", NonNull("ID"), Bilingual.Text("L'id du nœud d'arrivée.", "The end node's id."), e => e.Target));
        edge.AddField(Of<SubGraphEdge>("properties", Named("JSON"), Bilingual.Text("Ses propriétés (le poids et les alliances partagées pour CO_PARTICIPATES).", "Its properties (weight and shared alliances for CO_PARTICIPATES)."), e => e.Properties));
        yield return edge;

        var graph = new ObjectGraphType { Name = SubGraph, Description = Bilingual.Text("Des nœuds et les relations entre eux.", "Nodes and the relationships between them.") };
        graph.AddField(Of<SubGraph>("nodes", NonNullListOfNonNull(Node), Bilingual.Text("Les nœuds, ceux de départ en premier.", "The nodes, start nodes first."), g => g.Nodes));
        graph.AddField(Of<SubGraph>("edges", NonNullListOfNonNull(Edge), Bilingual.Text("Les relations entre les nœuds.", "The relationships between the nodes."), g => g.Edges));
        graph.AddField(Of<SubGraph>("truncated", NonNull("Boolean"), Bilingual.Text("Si la limite a laissé de côté des nœuds atteignables.", "Whether the limit left reachable nodes out."), g => g.Truncated));
        graph.AddField(Of<SubGraph>("directed", NonNull("Boolean"), Bilingual.Text("Faux pour les projections comme le réseau de co-participation.", "False for projections such as the co-participation network."), g => g.Directed));
        yield return graph;

        var path = new ObjectGraphType { Name = Path, Description = Bilingual.Text("Un chemin : nodes[i] et nodes[i + 1] sont liés par relationships[i].", "A path: nodes[i] and nodes[i + 1] are linked by relationships[i].") };
        path.AddField(Of<GraphPath>("length", NonNull("Int"), Bilingual.Text("Le nombre de relations.", "The number of relationships."), p => p.Length));
        path.AddField(Of<GraphPath>("nodes", NonNullListOfNonNull(Node), Bilingual.Text("Les nœuds, du départ à l'arrivée.", "The nodes, from the start to the end."), p => p.Nodes));
        path.AddField(Of<GraphPath>("relationships", NonNullListOfNonNull(Edge), Bilingual.Text("Les relations, dans l'ordre du chemin.", "The relationships, in path order."), p => p.Relationships));
        yield return path;

        var set = new ObjectGraphType { Name = PathSet, Description = Bilingual.Text("Tous les plus courts chemins, dans l'ordre des ids de leurs nœuds.", "All shortest paths, in order of their node ids.") };
        set.AddField(Of<PathSet>("paths", NonNullListOfNonNull(Path), Bilingual.Text("Les chemins (vide quand les nœuds ne sont pas liés).", "The paths (empty when the nodes are not linked)."), s => s.Paths));
        set.AddField(Of<PathSet>("truncated", NonNull("Boolean"), Bilingual.Text("Si `first` a laissé des chemins de côté.", "Whether `first` left some of the paths out."), s => s.Truncated));
        yield return set;
    }
}
