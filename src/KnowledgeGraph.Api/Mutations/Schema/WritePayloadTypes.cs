using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Api.Mutations.Execution;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>The output types of the mutations: <c>WritePayload</c>, <c>WrittenNode</c>, <c>RelationshipChange</c>, <c>PropertyMap</c>.</summary>
internal static class WritePayloadTypes
{
    public static IEnumerable<IGraphType> Create()
    {
        yield return Payload();
        yield return WrittenNode();
        yield return RelationshipChange();
        yield return new PropertyMapGraphType();
    }

    private static ObjectGraphType Payload()
    {
        var payload = new ObjectGraphType { Name = MutationNames.Payload, Description = Bilingual.Text("Ce qu'une écriture validée a changé, au net.", "What a committed write changed, net.") };
        Add<WritePayload>(payload, "dataVersion", new NonNullGraphType(DescribedScalars.Long()),
            Bilingual.Text("La version des données du stockage une fois l'écriture visible (inchangée quand rien n'a changé).", "The store's data version once the write is visible (unchanged when nothing changed)."), p => p.Result.DataVersion);
        Add<WritePayload>(payload, "nodesCreatedCount", NonNullInt(), Bilingual.Text("Combien de nœuds ont été créés.", "How many nodes were created."), p => p.Result.NodesCreated.Count);
        Add<WritePayload>(payload, "nodesUpdatedCount", NonNullInt(), Bilingual.Text("Combien de nœuds ont été modifiés.", "How many nodes were updated."), p => p.Result.NodesUpdated.Count);
        Add<WritePayload>(payload, "nodesDeletedCount", NonNullInt(), Bilingual.Text("Combien de nœuds ont été supprimés.", "How many nodes were deleted."), p => p.Result.NodesDeleted.Count);
        Add<WritePayload>(payload, "relationshipsCreatedCount", NonNullInt(), Bilingual.Text("Combien de relations ont été créées.", "How many relationships were created."), p => p.Result.RelationshipsCreated.Count);
        Add<WritePayload>(payload, "relationshipsDeletedCount", NonNullInt(), Bilingual.Text("Combien de relations ont été supprimées (y compris celles détachées par `detach`).", "How many relationships were deleted (detached ones included)."),
            p => p.Result.RelationshipsDeleted.Count);
        Add<WritePayload>(payload, "nodesCreated", IdList(), Bilingual.Text("Les ids des nœuds créés.", "The ids of the created nodes."), p => p.Result.NodesCreated);
        Add<WritePayload>(payload, "nodesUpdated", IdList(), Bilingual.Text("Les ids des nœuds modifiés.", "The ids of the updated nodes."), p => p.Result.NodesUpdated);
        Add<WritePayload>(payload, "nodesDeleted", IdList(), Bilingual.Text("Les ids des nœuds supprimés.", "The ids of the deleted nodes."), p => p.Result.NodesDeleted);
        Add<WritePayload>(payload, "relationshipsCreated", ChangeList(), Bilingual.Text("Les relations créées.", "The created relationships."), p => p.Result.RelationshipsCreated);
        Add<WritePayload>(payload, "relationshipsDeleted", ChangeList(),
            Bilingual.Text("Les relations supprimées, y compris celles qu'une suppression avec `detach` a retirées.", "The deleted relationships, including those a detaching delete removed."), p => p.Result.RelationshipsDeleted);
        Add<WritePayload>(payload, "node", new GraphQLTypeReference(MutationNames.WrittenNode),
            Bilingual.Text("Le nœud créé ou modifié, tel qu'il est stocké après l'écriture (null pour les autres mutations).", "The created or updated node as stored after the write (null for other mutations)."), p => p.Node);
        return payload;
    }

    private static ObjectGraphType WrittenNode()
    {
        var node = new ObjectGraphType { Name = MutationNames.WrittenNode, Description = Bilingual.Text("Un nœud tel qu'il est stocké, relu après l'écriture.", "A node as stored, read back after the write.") };
        Add<NodeResult>(node, "id", new NonNullGraphType(new IdGraphType()), Bilingual.Text("L'id du nœud.", "The node's id."), n => n.Id);
        Add<NodeResult>(node, "label", new NonNullGraphType(new GraphQLTypeReference(SchemaNames.NodeLabel)), Bilingual.Text("Le label du nœud.", "The node's label."), n => n.Label);
        Add<NodeResult>(node, "properties", new NonNullGraphType(new GraphQLTypeReference(MutationNames.PropertyMap)),
            Bilingual.Text("Toutes les propriétés du nœud.", "Every property the node has."), n => n.Properties);
        return node;
    }

    private static ObjectGraphType RelationshipChange()
    {
        var change = new ObjectGraphType { Name = MutationNames.RelationshipChange, Description = Bilingual.Text("Une relation, donnée par sa clé : son type, ses deux extrémités et ses propriétés identifiantes.", "A relationship, by its key: its type, its ends and its identifying properties.") };
        Add<RelationshipKey>(change, "type", new NonNullGraphType(new StringGraphType()), Bilingual.Text("Le type de la relation, par exemple `PARTICIPATES_IN`.", "The relationship type, e.g. `PARTICIPATES_IN`."), k => k.Type);
        Add<RelationshipKey>(change, "startId", new NonNullGraphType(new IdGraphType()), Bilingual.Text("Le nœud de départ.", "The start node."), k => k.StartId);
        Add<RelationshipKey>(change, "endId", new NonNullGraphType(new IdGraphType()), Bilingual.Text("Le nœud d'arrivée.", "The end node."), k => k.EndId);
        Add<RelationshipKey>(change, "key", new NonNullGraphType(new GraphQLTypeReference(MutationNames.PropertyMap)),
            Bilingual.Text("Les propriétés identifiantes de la relation (`role` et `since` d'une participation, `since` d'une adhésion ; vide pour les autres types) : avec le type et les extrémités, elles distinguent des relations parallèles.",
                "The relationship's identifying properties (`role` and `since` of a participation, `since` of a membership; empty for other types): with the type and ends, they tell parallel relationships apart."),
            k => k.Identifying);
        return change;
    }

    private static void Add<TSource>(ObjectGraphType type, string name, IGraphType graphType, string description, Func<TSource, object?> value) =>
        type.AddField(new FieldType
        {
            Name = name,
            ResolvedType = graphType,
            Description = description,
            Resolver = new FuncFieldResolver<object?>(context => value((TSource)context.Source!)),
        });

    private static NonNullGraphType NonNullInt() => new(new IntGraphType());

    private static NonNullGraphType IdList() => new(new ListGraphType(new NonNullGraphType(new IdGraphType())));

    private static NonNullGraphType ChangeList() =>
        new(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(MutationNames.RelationshipChange))));
}
