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
            Description = Bilingual.Text($"Des agrégats sur {LabelNouns.Of(label).Accord("tous", "toutes")} {LabelNouns.Of(label).Les} de la connexion qui satisfont son `where` (pas seulement la page).",
                $"Aggregates over every {LabelNouns.Of(label).English} of the connection that matches its `where` (not only the page)."),
        };
        type.AddField(FieldBinding.Attach(Field("count", NonNull("Int"), Bilingual.Text("Combien de nœuds satisfont le filtre.", "How many nodes match."), AggregateFieldResolver.Count),
            AggregateCountBinding.Instance));
        foreach (var property in label.Properties.Where(AggregateRules.IsNumeric))
        {
            type.AddField(FieldBinding.Attach(
                Field(property.Name, NonNull(SchemaNames.NumericAggregate(property.Kind)),
                    Bilingual.Text($"Le minimum, le maximum, la somme et la moyenne de `{property.Name}` sur les nœuds qui en ont une valeur.",
                        $"min, max, sum and avg of `{property.Name}` over the nodes that have it."), AggregateFieldResolver.Numeric(property)),
                new AggregatePropertyBinding(property, IsNumeric: true)));
        }

        foreach (var property in label.Properties.Where(AggregateRules.IsDistinct))
        {
            type.AddField(FieldBinding.Attach(
                Field(property.Name, NonNullListOfNonNull(SchemaNames.ValueCount(property.Enum!)),
                    Bilingual.Text($"Les valeurs de `{property.Name}` présentes, avec le nombre de nœuds qui portent chacune ; les plus fréquentes d'abord, puis par valeur.",
                        $"The `{property.Name}` values present, with how many nodes hold each; most frequent first, then by value."),
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
            Description = Bilingual.Text($"Des agrégats d'une propriété {(kind == ValueKind.Int ? "entière" : "décimale")} ({scalar}) sur les nœuds qui en ont une valeur ; null quand aucun n'en a.",
                $"Aggregates of {(kind == ValueKind.Int ? "an integer" : "a decimal")} property ({scalar}) over the nodes that have it; null when none has it."),
        };
        type.AddField(Field("min", Named(scalar), Bilingual.Text("La plus petite valeur.", "The smallest value."), NumericAggregateResolver.Min));
        type.AddField(Field("max", Named(scalar), Bilingual.Text("La plus grande valeur.", "The largest value."), NumericAggregateResolver.Max));
        type.AddField(Field("sum", Named(scalar), Bilingual.Text("La somme des valeurs.", "The sum of the values."), NumericAggregateResolver.Sum));
        type.AddField(Field("avg", Named("Float"), Bilingual.Text("La moyenne des valeurs.", "The mean of the values."), NumericAggregateResolver.Avg));
        return type;
    }

    private static ObjectGraphType ValueCount(EnumDef definition)
    {
        var type = new ObjectGraphType { Name = SchemaNames.ValueCount(definition), Description = Bilingual.Text($"Une valeur de type {definition.Name} et le nombre de nœuds qui la portent.", $"A value of {definition.Name} and how many nodes hold it.") };
        type.AddField(Field("value", NonNull(definition.Name), Bilingual.Text("La valeur.", "The value."), ValueCountResolver.Value));
        type.AddField(Field("count", NonNull("Int"), Bilingual.Text("Combien de nœuds retenus la portent.", "How many matching nodes hold it."), ValueCountResolver.Count));
        return type;
    }
}
