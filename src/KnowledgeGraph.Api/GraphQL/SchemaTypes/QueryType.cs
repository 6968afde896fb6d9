using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>The query root: a collection field per label, <c>node(id:)</c> and <c>search</c>.</summary>
internal static class QueryType
{
    public const string SearchText = "text";
    public const string SearchLabels = "labels";
    public const string SearchFirst = "first";
    public const int DefaultSearchSize = 20;
    public const string NodeId = "id";

    public static ObjectGraphType Create(GraphSchema schema)
    {
        var query = new ObjectGraphType { Name = "Query", Description = Bilingual.Text("Les lectures du graphe de connaissances « faire alliance ».", "Reads of the \"faire alliance\" knowledge graph.") };
        foreach (var label in schema.Labels)
        {
            var field = Field(label.CollectionField, NonNull(SchemaNames.Connection(label)),
                Bilingual.Append(label.Description, "À filtrer, trier et paginer.", "Filter, sort and page them."), RootFieldResolver.Instance);
            field.Arguments = ConnectionArguments.For(label);
            query.AddField(FieldBinding.Attach(field, new CollectionBinding(label)));
        }

        var node = Field("node", Named(SchemaNames.Node), Bilingual.Text("Le nœud qui porte cet id, quel que soit son label ; null s'il n'y en a pas.",
                "The node with this id, of any label; null when there is none."),
            RootFieldResolver.Instance);
        node.Arguments = new QueryArguments(Argument(NodeId, NonNull("ID"), Bilingual.Text(
            "L'id du nœud, par exemple `REG-76` ou `ACT-LE-RAMEAU` (un territoire se donne aussi par son id dans n'importe quelle casse, ou par un nom ou un code INSEE qui ne désigne qu'un seul territoire).",
            "The node's id, e.g. `REG-76` or `ACT-LE-RAMEAU` (a territory may also be given by its id in any case, or by a name or INSEE code that names exactly one territory).")));
        query.AddField(FieldBinding.Attach(node, NodeByIdBinding.Instance));

        var search = Field("search", NonNullListOfNonNull(SchemaNames.SearchHit),
            Bilingual.Text("Les nœuds dont le nom affiché (ou la description) correspond au texte, sans tenir compte de la casse, des accents ni de la ponctuation, les meilleurs d'abord.",
                "Nodes whose display name (or description) matches the text, ignoring case, accents and punctuation, best first."),
            RootFieldResolver.Instance);
        search.Arguments = new QueryArguments(
            Argument(SearchText, NonNull("String"), Bilingual.Text("Le texte à chercher.", "The text to look for.")),
            Argument(SearchLabels, ListOfNonNull(SchemaNames.NodeLabel), Bilingual.Text("Seulement les nœuds de ces labels (par défaut : tous les labels).", "Only nodes of these labels (default: every label).")),
            Argument(SearchFirst, Named("Int"), Bilingual.Text($"Le nombre maximal de résultats (au plus {PageRequest.MaxPageSize}).", $"How many hits at most (at most {PageRequest.MaxPageSize})."), DefaultSearchSize));
        query.AddField(FieldBinding.Attach(search, SearchBinding.Instance));
        return query;
    }

    public static ObjectGraphType SearchHit()
    {
        var hit = new ObjectGraphType { Name = SchemaNames.SearchHit, Description = Bilingual.Text("Un résultat de recherche, avec son score.", "A ranked search result.") };
        hit.AddField(Field("score", NonNull("Int"),
            Bilingual.Text("4 : le nom affiché est égal au texte ; 3 : il commence par le texte ; 2 : il le contient ; 1 : seule la description le contient.",
                "4: the display name equals the text; 3: starts with it; 2: contains it; 1: only the description does."),
            SearchHitFieldResolver.Score));
        hit.AddField(FieldBinding.Attach(Field("node", NonNull(SchemaNames.Node), Bilingual.Text("Le nœud trouvé.", "The node found."), SearchHitFieldResolver.Node),
            SearchHitNodeBinding.Instance));
        return hit;
    }
}
