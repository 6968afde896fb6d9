using GraphQL;
using GraphQL.Resolvers;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Fields of <c>&lt;Label&gt;Aggregate</c>, read from the <see cref="AggregateResult"/> the store computed.</summary>
internal sealed class AggregateFieldResolver(Func<AggregateResult, object?> read) : IFieldResolver
{
    public static AggregateFieldResolver Count { get; } = new(a => checked((int)a.Count));

    public static AggregateFieldResolver Numeric(PropertyDef property) => new(a => a.Numeric.TryGetValue(property.Name, out var numeric)
        ? (property, numeric)
        : throw new InvalidOperationException($"The store returned no aggregate of '{property.Name}' although the plan asked for it."));

    public static AggregateFieldResolver Distinct(PropertyDef property) => new(a => a.Distinct.TryGetValue(property.Name, out var counts)
        ? counts
        : throw new InvalidOperationException($"The store returned no value counts of '{property.Name}' although the plan asked for them."));

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((AggregateResult)context.Source!));
}

/// <summary><c>IntAggregate</c> / <c>FloatAggregate</c> fields; the source is the property with its aggregate.</summary>
internal sealed class NumericAggregateResolver(Func<NumericAggregate, object?> read, bool asProperty) : IFieldResolver
{
    public static NumericAggregateResolver Min { get; } = new(n => n.Min, asProperty: true);

    public static NumericAggregateResolver Max { get; } = new(n => n.Max, asProperty: true);

    public static NumericAggregateResolver Sum { get; } = new(n => n.Sum, asProperty: true);

    public static NumericAggregateResolver Avg { get; } = new(n => n.Avg, asProperty: false);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var (property, numeric) = ((PropertyDef, NumericAggregate))context.Source!;
        var value = read(numeric);
        return new(asProperty ? PropertyResolver.ToGraphQLValue(property, value) : value);
    }
}

internal sealed class ValueCountResolver(Func<ValueCount, object?> read) : IFieldResolver
{
    public static ValueCountResolver Value { get; } = new(v => v.Value);

    public static ValueCountResolver Count { get; } = new(v => checked((int)v.Count));

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((ValueCount)context.Source!));
}
