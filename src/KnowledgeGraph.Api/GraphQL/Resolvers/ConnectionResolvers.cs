using GraphQL;
using GraphQL.Resolvers;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Fields of connection, edge and page-info types, read from a <see cref="ConnectionResult"/>.</summary>
internal sealed class ConnectionFieldResolver(Func<ConnectionResult, object?> read) : IFieldResolver
{
    public static ConnectionFieldResolver Nodes { get; } = new(c => c.Edges.Select(e => e.Node).ToArray());

    public static ConnectionFieldResolver Edges { get; } = new(c => c.Edges);

    public static ConnectionFieldResolver PageInfo { get; } = new(c => c);

    public static ConnectionFieldResolver TotalCount { get; } = new(c =>
        c.TotalCount is { } count
            ? checked((int)count)
            : throw new InvalidOperationException("The store returned no total count although the plan asked for it."));

    public static ConnectionFieldResolver Aggregate { get; } = new(c =>
        c.Aggregate ?? throw new InvalidOperationException("The store returned no aggregate although the plan asked for it."));

    public static ConnectionFieldResolver HasNextPage { get; } = new(c => c.HasNextPage);

    public static ConnectionFieldResolver HasPreviousPage { get; } = new(c => c.HasPreviousPage);

    public static ConnectionFieldResolver StartCursor { get; } = new(c => c.StartCursor);

    public static ConnectionFieldResolver EndCursor { get; } = new(c => c.EndCursor);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((ConnectionResult)context.Source!));
}

internal sealed class EdgeFieldResolver(Func<EdgeResult, object?> read) : IFieldResolver
{
    public static EdgeFieldResolver Cursor { get; } = new(e => e.Cursor);

    public static EdgeFieldResolver Node { get; } = new(e => e.Node);

    public static EdgeFieldResolver Property(PropertyDef property) =>
        new(e => PropertyResolver.ToGraphQLValue(property, e.EdgeProperties.GetValueOrDefault(property.Name)));

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((EdgeResult)context.Source!));
}

internal sealed class SearchHitFieldResolver(Func<SearchHit, object?> read) : IFieldResolver
{
    public static SearchHitFieldResolver Score { get; } = new(h => h.Score);

    public static SearchHitFieldResolver Node { get; } = new(h => h.Node);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((SearchHit)context.Source!));
}
