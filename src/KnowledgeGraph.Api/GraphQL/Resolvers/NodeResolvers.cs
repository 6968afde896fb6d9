using System.Globalization;
using GraphQL;
using GraphQL.Resolvers;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Fields of a label type, read from the <see cref="NodeResult"/> the store returned.</summary>
internal sealed class IdResolver : IFieldResolver
{
    public static IdResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(((NodeResult)context.Source!).Id);
}

internal sealed class PropertyResolver(PropertyDef property) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var node = (NodeResult)context.Source!;
        node.Properties.TryGetValue(property.Name, out var value);
        return new(ToGraphQLValue(property, value));
    }

    /// <summary>Stores hold Int values as long; GraphQL's Int is 32-bit.</summary>
    internal static object? ToGraphQLValue(PropertyDef property, object? value) => value switch
    {
        null => null,
        long or int when property.Kind == ValueKind.Float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        long number when property.Kind == ValueKind.Int => checked((int)number),
        _ => value,
    };
}

/// <summary>A nested connection: the store keyed it by the field's response key.</summary>
internal sealed class RelationshipConnectionResolver : IFieldResolver
{
    public static RelationshipConnectionResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var node = (NodeResult)context.Source!;
        var key = ResponseKey.Of(context.FieldAst);
        return node.Relationships.TryGetValue(key, out var connection)
            ? new(connection)
            : throw new InvalidOperationException($"The store returned no '{key}' connection for {node.Id}.");
    }
}

/// <summary>A single related node (<c>Territory.parent</c>): the first edge of its nested result.</summary>
internal sealed class SingleRelationshipResolver : IFieldResolver
{
    public static SingleRelationshipResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var node = (NodeResult)context.Source!;
        var key = ResponseKey.Of(context.FieldAst);
        return node.Relationships.TryGetValue(key, out var connection)
            ? new(connection.Edges.Count > 0 ? connection.Edges[0].Node : null)
            : throw new InvalidOperationException($"The store returned no '{key}' relationship for {node.Id}.");
    }
}
