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

        var node = Field("node", Named(SchemaNames.Node), "The node with this id, of any label; null when there is none.",
            RootFieldResolver.Instance);
        node.Arguments = new QueryArguments(Argument(NodeId, NonNull("ID"), "The node's id, e.g. `REG-76` or `ACT-LE-RAMEAU`."));
        query.AddField(FieldBinding.Attach(node, NodeByIdBinding.Instance));

        var search = Field("search", NonNullListOfNonNull(SchemaNames.SearchHit),
            "Nodes whose display name (or description) matches the text, ignoring case and accents, best first.",
            RootFieldResolver.Instance);
        search.Arguments = new QueryArguments(
            Argument(SearchText, NonNull("String"), "The text to look for."),
            Argument(SearchLabels, ListOfNonNull(SchemaNames.NodeLabel), "Only nodes of these labels (default: every label)."),
            Argument(SearchFirst, Named("Int"), $"How many hits at most (at most {PageRequest.MaxPageSize}).", DefaultSearchSize));
        query.AddField(FieldBinding.Attach(search, SearchBinding.Instance));
        return query;
    }

    public static ObjectGraphType SearchHit()
    {
        var hit = new ObjectGraphType { Name = SchemaNames.SearchHit, Description = "A ranked search result." };
        hit.AddField(Field("score", NonNull("Int"),
            "4: the display name equals the text; 3: starts with it; 2: contains it; 1: only the description does.",
            SearchHitFieldResolver.Score));
        hit.AddField(FieldBinding.Attach(Field("node", NonNull(SchemaNames.Node), "The node found.", SearchHitFieldResolver.Node),
            SearchHitNodeBinding.Instance));
        return hit;
    }
}
