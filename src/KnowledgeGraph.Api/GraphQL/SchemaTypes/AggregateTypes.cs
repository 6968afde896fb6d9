using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// <c>&lt;Label&gt;Aggregate { count, &lt;numeric property&gt; { min max sum avg }, &lt;enum property&gt; { value count } }</c>
/// for every label, generated from its properties; <c>IntAggregate</c>, <c>FloatAggregate</c> and one
/// <c>&lt;Enum&gt;Count</c> per enum a property uses.
/// </summary>
internal static class AggregateTypes
{
    public static IEnumerable<IGraphType> Create(GraphSchema schema)
    {
        yield return Numeric(ValueKind.Int, "Int");
        yield return Numeric(ValueKind.Float, "Float");
        foreach (var definition in schema.Labels.SelectMany(l => l.Properties).Where(AggregateRules.IsDistinct)
                     .Select(p => p.Enum!).Distinct())
        {
            yield return ValueCount(definition);
        }

        foreach (var label in schema.Labels)
        {
            yield return Aggregate(label);
        }
    }

    private static ObjectGraphType Aggregate(LabelDef label)
    {
        var type = new ObjectGraphType
        {
            Name = SchemaNames.Aggregate(label),
            Description = $"Aggregates over every {label.Name} node of the connection that matches its `where` (not only the page).",
        };
        type.AddField(FieldBinding.Attach(Field("count", NonNull("Int"), "How many nodes match.", AggregateFieldResolver.Count),
            AggregateCountBinding.Instance));
        foreach (var property in label.Properties.Where(AggregateRules.IsNumeric))
        {
            type.AddField(FieldBinding.Attach(
                Field(property.Name, NonNull(SchemaNames.NumericAggregate(property.Kind)),
                    $"min, max, sum and avg of `{property.Name}` over the nodes that have it.", AggregateFieldResolver.Numeric(property)),
                new AggregatePropertyBinding(property, IsNumeric: true)));
        }

        foreach (var property in label.Properties.Where(AggregateRules.IsDistinct))
        {
            type.AddField(FieldBinding.Attach(
                Field(property.Name, NonNullListOfNonNull(SchemaNames.ValueCount(property.Enum!)),
                    $"The `{property.Name}` values present, with how many nodes hold each; most frequent first, then by value.",
                    AggregateFieldResolver.Distinct(property)),
                new AggregatePropertyBinding(property, IsNumeric: false)));
        }

        return type;
    }

    private static ObjectGraphType Numeric(ValueKind kind, string scalar)
    {
        var type = new ObjectGraphType
        {
            Name = SchemaNames.NumericAggregate(kind),
            Description = $"Aggregates of a {scalar} property over the nodes that have it; null when none has it.",
        };
        type.AddField(Field("min", Named(scalar), "The smallest value.", NumericAggregateResolver.Min));
        type.AddField(Field("max", Named(scalar), "The largest value.", NumericAggregateResolver.Max));
        type.AddField(Field("sum", Named(scalar), "The sum of the values.", NumericAggregateResolver.Sum));
        type.AddField(Field("avg", Named("Float"), "The mean of the values.", NumericAggregateResolver.Avg));
        return type;
    }

    private static ObjectGraphType ValueCount(EnumDef definition)
    {
        var type = new ObjectGraphType { Name = SchemaNames.ValueCount(definition), Description = $"A {definition.Name} value and how many nodes hold it." };
        type.AddField(Field("value", NonNull(definition.Name), "The value.", ValueCountResolver.Value));
        type.AddField(Field("count", NonNull("Int"), "How many matching nodes hold it.", ValueCountResolver.Count));
        return type;
    }
}
