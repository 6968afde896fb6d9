using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Api.Subscriptions.Changes;

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
        yield return Kinds<NodeChangeKind>(NodeChangeKind, "What a write did to a node.");
        yield return Kinds<RelationshipChangeKind>(RelationshipChangeKind, "What a write did to a relationship.");
    }

    private static ObjectGraphType Change()
    {
        var change = new ObjectGraphType
        {
            Name = GraphChange,
            Description = "What one committed write changed (reduced to what the subscriber follows). Refetch what shows these ids.",
        };
        Add<GraphChange>(change, "dataVersion", NonNull(new StringGraphType()),
            "The service's data version once the write is visible: a query sent after this event sees the write.", c => c.DataVersion);
        Add<GraphChange>(change, "storeVersion", NonNull(new LongGraphType()),
            "The store's data version after the write (`dataVersion` of the mutation payloads).", c => c.StoreVersion);
        Add<GraphChange>(change, "committedAt", NonNull(new DateTimeOffsetGraphType()), "When the write was committed.", c => c.CommittedAt);
        Add<GraphChange>(change, "nodes", NonNullList(ChangedNode),
            "The nodes created, updated or deleted.", c => c.Nodes);
        Add<GraphChange>(change, "relationships", NonNullList(ChangedRelationship),
            "The relationships created (LINKED) or deleted (UNLINKED), detached ones included.", c => c.Relationships);
        change.AddField(new FieldType
        {
            Name = "labels",
            Description = "The labels of every node the change names (the node changes and both ends of the relationship changes).",
            ResolvedType = NonNull(new ListGraphType(NonNull(new GraphQLTypeReference(SchemaNames.NodeLabel)))),
            Resolver = new FuncFieldResolver<object?>(context =>
                ((GraphChange)context.Source!).Labels.Select(label => LabelOf(context, label)).OfType<object>().ToList()),
        });
        return change;
    }

    private static ObjectGraphType Node()
    {
        var node = new ObjectGraphType { Name = ChangedNode, Description = "A node a write created, updated or deleted." };
        Add<ChangedNode>(node, "change", NonNull(new GraphQLTypeReference(NodeChangeKind)), "What the write did.", n => n.Change);
        Add<ChangedNode>(node, "id", NonNull(new IdGraphType()), "The node's id.", n => n.Id);
        AddLabel<ChangedNode>(node, "label", "The node's label (null if the service could not tell it).", n => n.Label);
        return node;
    }

    private static ObjectGraphType Relationship()
    {
        var relationship = new ObjectGraphType { Name = ChangedRelationship, Description = "A relationship a write created or deleted." };
        Add<ChangedRelationship>(relationship, "change", NonNull(new GraphQLTypeReference(RelationshipChangeKind)), "What the write did.", r => r.Change);
        Add<ChangedRelationship>(relationship, "type", NonNull(new StringGraphType()), "The relationship type, e.g. `PARTICIPATES_IN`.", r => r.Type);
        Add<ChangedRelationship>(relationship, "startId", NonNull(new IdGraphType()), "The start node.", r => r.StartId);
        AddLabel<ChangedRelationship>(relationship, "startLabel", "The start node's label.", r => r.StartLabel);
        Add<ChangedRelationship>(relationship, "endId", NonNull(new IdGraphType()), "The end node.", r => r.EndId);
        AddLabel<ChangedRelationship>(relationship, "endLabel", "The end node's label.", r => r.EndLabel);
        return relationship;
    }

    private static EnumerationGraphType Kinds<TEnum>(string name, string description) where TEnum : struct, Enum
    {
        var type = new EnumerationGraphType { Name = name, Description = description };
        foreach (var value in Enum.GetValues<TEnum>())
            type.Add(value.ToString().ToUpperInvariant(), value, null);
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
