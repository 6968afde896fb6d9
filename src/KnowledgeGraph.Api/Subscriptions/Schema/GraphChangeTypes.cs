using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Api.Subscriptions.Changes;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Subscriptions.Schema;

/// <summary>The output types of the Subscription root: <c>GraphChange</c>, <c>ChangedNode</c>, <c>ChangedRelationship</c> and their kinds.</summary>
internal static class GraphChangeTypes
{
    public const string GraphChange = "GraphChange";
    public const string ChangedNode = "ChangedNode";
    public const string ChangedRelationship = "ChangedRelationship";
    public const string NodeChangeKind = "NodeChangeKind";
    public const string RelationshipChangeKind = "RelationshipChangeKind";

    public static IEnumerable<IGraphType> Create()
    {
        yield return Change();
        yield return Node();
        yield return Relationship();
        yield return Kinds(NodeChangeKind, Bilingual.Text("Ce qu'une écriture a fait à un nœud.", "What a write did to a node."), new Dictionary<NodeChangeKind, string>
        {
            [Changes.NodeChangeKind.Created] = Bilingual.Text("Le nœud a été créé.", "The node was created."),
            [Changes.NodeChangeKind.Updated] = Bilingual.Text("Des propriétés du nœud ont été données ou retirées.", "Some of the node's properties were set or removed."),
            [Changes.NodeChangeKind.Deleted] = Bilingual.Text("Le nœud a été supprimé.", "The node was deleted."),
        });
        yield return Kinds(RelationshipChangeKind, Bilingual.Text("Ce qu'une écriture a fait à une relation.", "What a write did to a relationship."), new Dictionary<RelationshipChangeKind, string>
        {
            [Changes.RelationshipChangeKind.Linked] = Bilingual.Text("La relation a été créée.", "The relationship was created."),
            [Changes.RelationshipChangeKind.Unlinked] = Bilingual.Text("La relation a été supprimée (y compris par une suppression avec `detach`).", "The relationship was deleted (a detaching delete included)."),
        });
    }

    private static ObjectGraphType Change()
    {
        var change = new ObjectGraphType
        {
            Name = GraphChange,
            Description = Bilingual.Text("Ce qu'une écriture validée a changé (réduit à ce que suit l'abonné). Rechargez ce qui montre ces ids.", "What one committed write changed (reduced to what the subscriber follows). Refetch what shows these ids."),
        };
        Add<GraphChange>(change, "dataVersion", NonNull(new StringGraphType()),
            Bilingual.Text("La version des données du service une fois l'écriture visible : une requête envoyée après cet événement voit l'écriture.", "The service's data version once the write is visible: a query sent after this event sees the write."), c => c.DataVersion);
        Add<GraphChange>(change, "storeVersion", NonNull(DescribedScalars.Long()),
            Bilingual.Text("La version des données du stockage après l'écriture (le `dataVersion` des réponses des mutations).", "The store's data version after the write (`dataVersion` of the mutation payloads)."), c => c.StoreVersion);
        Add<GraphChange>(change, "committedAt", NonNull(DescribedScalars.DateTimeOffset()), Bilingual.Text("Le moment où l'écriture a été validée.", "When the write was committed."), c => c.CommittedAt);
        Add<GraphChange>(change, "nodes", NonNullList(ChangedNode),
            Bilingual.Text("Les nœuds créés, modifiés ou supprimés.", "The nodes created, updated or deleted."), c => c.Nodes);
        Add<GraphChange>(change, "relationships", NonNullList(ChangedRelationship),
            Bilingual.Text("Les relations créées (LINKED) ou supprimées (UNLINKED), y compris celles détachées par `detach`.", "The relationships created (LINKED) or deleted (UNLINKED), detached ones included."), c => c.Relationships);
        change.AddField(new FieldType
        {
            Name = "labels",
            Description = Bilingual.Text("Les labels de tous les nœuds que le changement nomme (les nœuds changés et les deux extrémités des relations changées).", "The labels of every node the change names (the node changes and both ends of the relationship changes)."),
            ResolvedType = NonNull(new ListGraphType(NonNull(new GraphQLTypeReference(SchemaNames.NodeLabel)))),
            Resolver = new FuncFieldResolver<object?>(context =>
                ((GraphChange)context.Source!).Labels.Select(label => LabelOf(context, label)).OfType<object>().ToList()),
        });
        return change;
    }

    private static ObjectGraphType Node()
    {
        var node = new ObjectGraphType { Name = ChangedNode, Description = Bilingual.Text("Un nœud qu'une écriture a créé, modifié ou supprimé.", "A node a write created, updated or deleted.") };
        Add<ChangedNode>(node, "change", NonNull(new GraphQLTypeReference(NodeChangeKind)), Bilingual.Text("Ce que l'écriture a fait.", "What the write did."), n => n.Change);
        Add<ChangedNode>(node, "id", NonNull(new IdGraphType()), Bilingual.Text("L'id du nœud.", "The node's id."), n => n.Id);
        AddLabel<ChangedNode>(node, "label", Bilingual.Text("Le label du nœud (null si le service n'a pas pu le déterminer).", "The node's label (null if the service could not tell it)."), n => n.Label);
        return node;
    }

    private static ObjectGraphType Relationship()
    {
        var relationship = new ObjectGraphType { Name = ChangedRelationship, Description = Bilingual.Text("Une relation qu'une écriture a créée ou supprimée.", "A relationship a write created or deleted.") };
        Add<ChangedRelationship>(relationship, "change", NonNull(new GraphQLTypeReference(RelationshipChangeKind)), Bilingual.Text("Ce que l'écriture a fait.", "What the write did."), r => r.Change);
        Add<ChangedRelationship>(relationship, "type", NonNull(new StringGraphType()), Bilingual.Text("Le type de la relation, par exemple `PARTICIPATES_IN`.", "The relationship type, e.g. `PARTICIPATES_IN`."), r => r.Type);
        Add<ChangedRelationship>(relationship, "startId", NonNull(new IdGraphType()), Bilingual.Text("Le nœud de départ.", "The start node."), r => r.StartId);
        AddLabel<ChangedRelationship>(relationship, "startLabel", Bilingual.Text("Le label du nœud de départ.", "The start node's label."), r => r.StartLabel);
        Add<ChangedRelationship>(relationship, "endId", NonNull(new IdGraphType()), Bilingual.Text("Le nœud d'arrivée.", "The end node."), r => r.EndId);
        AddLabel<ChangedRelationship>(relationship, "endLabel", Bilingual.Text("Le label du nœud d'arrivée.", "The end node's label."), r => r.EndLabel);
        return relationship;
    }

    private static EnumerationGraphType Kinds<TEnum>(string name, string description, IReadOnlyDictionary<TEnum, string> values) where TEnum : struct, Enum
    {
        var type = new EnumerationGraphType { Name = name, Description = description };
        foreach (var value in Enum.GetValues<TEnum>())
            type.Add(value.ToString().ToUpperInvariant(), value, values[value]);
        return type;
    }

    private static object? LabelOf(IResolveFieldContext context, string? label) =>
        label is null ? null : (context.Schema as KnowledgeGraphGraphQLSchema)?.Graph.FindLabel(label);

    private static void AddLabel<TSource>(ObjectGraphType type, string name, string description, Func<TSource, string?> label) =>
        type.AddField(new FieldType
        {
            Name = name,
            ResolvedType = new GraphQLTypeReference(SchemaNames.NodeLabel),
            Description = description,
            Resolver = new FuncFieldResolver<object?>(context => LabelOf(context, label((TSource)context.Source!))),
        });

    private static void Add<TSource>(ObjectGraphType type, string name, IGraphType graphType, string description, Func<TSource, object?> value) =>
        type.AddField(new FieldType
        {
            Name = name,
            ResolvedType = graphType,
            Description = description,
            Resolver = new FuncFieldResolver<object?>(context => value((TSource)context.Source!)),
        });

    private static NonNullGraphType NonNull(IGraphType type) => new(type);

    private static NonNullGraphType NonNullList(string name) => new(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
}
