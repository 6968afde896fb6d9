using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>A filter tree as a Cypher predicate over one variable. Relationship quantifiers become pattern comprehensions.</summary>
internal static class FilterCompiler
{
    public static string Compile(CompileContext context, Filter? filter, LabelDef label, string variable) => filter switch
    {
        null => "true",
        AndFilter and => Join(context, and.Operands, label, variable, " AND ", "true"),
        OrFilter or => Join(context, or.Operands, label, variable, " OR ", "false"),
        NotFilter not => $"(NOT {Compile(context, not.Operand, label, variable)})",
        PropertyFilter property => Property(context, label.Name, label.FindProperty(property.Property.Name), property, variable),
        RelationshipFilter relationship => Quantified(context, relationship, label, variable),
        CountFilter count => Counted(context, count, label, variable),
        WithinFilter within => Within(context, within, label, variable),
        _ => throw PlanValidation.Invalid($"Unknown filter {filter.GetType().Name}."),
    };

    /// <summary>A filter over relationship properties (no relationship quantifiers apply there).</summary>
    public static string CompileEdge(CompileContext context, Filter? filter, RelationshipDef relationship, string variable) => filter switch
    {
        null => "true",
        AndFilter and => "(" + string.Join(" AND ", and.Operands.Select(o => CompileEdge(context, o, relationship, variable)).DefaultIfEmpty("true")) + ")",
        OrFilter or => "(" + string.Join(" OR ", or.Operands.Select(o => CompileEdge(context, o, relationship, variable)).DefaultIfEmpty("false")) + ")",
        NotFilter not => $"(NOT {CompileEdge(context, not.Operand, relationship, variable)})",
        PropertyFilter property => Property(context, relationship.Type, relationship.FindProperty(property.Property.Name), property, variable),
        _ => throw PlanValidation.Invalid($"Only property filters apply to the relationship {relationship.Type}."),
    };

    private static string Property(CompileContext context, string scope, PropertyDef? declared, PropertyFilter filter, string variable)
    {
        PlanValidation.Property(scope, declared, filter);
        return PropertyFilterCompiler.Compile(context, filter, variable);
    }

    private static string Join(CompileContext context, IReadOnlyList<Filter> operands, LabelDef label, string variable, string separator, string empty) =>
        operands.Count == 0 ? empty : "(" + string.Join(separator, operands.Select(o => Compile(context, o, label, variable))) + ")";

    private static string Quantified(CompileContext context, RelationshipFilter filter, LabelDef label, string variable)
    {
        if (filter.Field.Source != label)
        {
            throw PlanValidation.Invalid($"The relationship field {filter.Field} does not start at {label.Name}.");
        }

        // Neo4j 3.1 mis-evaluates property maps of a pattern predicate nested in a pattern comprehension: roots only.
        if (context.PatternDepth == 0 && filter.Quantifier is Quantifier.Some or Quantifier.None && PatternPredicate.TryBuild(context, filter, variable) is { } predicate)
        {
            return filter.Quantifier == Quantifier.Some ? predicate : $"(NOT {predicate})";
        }

        var related = context.Variable("m");
        var relationship = context.Variable("r");
        var pattern = CypherNames.Pattern(variable, filter.Field, relationship, related);
        var condition = context.InsidePattern(() =>
            $"{Compile(context, filter.NodeFilter, filter.Field.Target, related)} AND {CompileEdge(context, filter.EdgeFilter, filter.Field.Relationship, relationship)}");
        return filter.Quantifier switch
        {
            Quantifier.Some => $"size([{pattern} WHERE {condition} | 1]) > 0",
            Quantifier.None => $"size([{pattern} WHERE {condition} | 1]) = 0",
            Quantifier.Single => $"size([{pattern} WHERE {condition} | 1]) = 1",
            Quantifier.All => $"size([{pattern} WHERE NOT ({condition}) | 1]) = 0",
            _ => throw PlanValidation.Invalid($"Unknown quantifier {filter.Quantifier}."),
        };
    }

    private static string Counted(CompileContext context, CountFilter filter, LabelDef label, string variable)
    {
        PlanValidation.Count(filter);
        if (filter.Field.Source != label)
        {
            throw PlanValidation.Invalid($"The relationship field {filter.Field} does not start at {label.Name}.");
        }

        var related = context.Variable("m");
        var relationship = context.Variable("r");
        var pattern = CypherNames.Pattern(variable, filter.Field, relationship, related);
        var conditions = new[]
        {
            filter.NodeFilter is null ? null : context.InsidePattern(() => Compile(context, filter.NodeFilter, filter.Field.Target, related)),
            filter.EdgeFilter is null ? null : CompileEdge(context, filter.EdgeFilter, filter.Field.Relationship, relationship),
        }.OfType<string>().ToList();
        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        var count = $"size([{pattern}{where} | 1])";
        return "(" + string.Join(" AND ", filter.Comparisons.Select(c => $"{count} {Operator(c.Operator)} {context.Parameter(c.Value)}")) + ")";
    }

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Eq => "=",
        ComparisonOperator.Neq => "<>",
        ComparisonOperator.Gt => ">",
        ComparisonOperator.Gte => ">=",
        ComparisonOperator.Lt => "<",
        _ => "<=",
    };

    private static string Within(CompileContext context, WithinFilter filter, LabelDef label, string variable)
    {
        var containment = ContainmentOf(context.Schema, label);
        var ancestor = context.Variable("up");
        var ids = context.WithinIds(label, filter.TerritoryIds);
        return $"size([({variable})-[:{CypherNames.Type(containment)}*0..]->({ancestor}:{CypherNames.Label(label)}) " +
               $"WHERE {CypherNames.Access(ancestor, GraphSchema.IdProperty)} IN {ids} | 1]) > 0";
    }

    /// <summary>The label's containment relationship: from the label to itself, at most one parent (PART_OF for territories).</summary>
    internal static RelationshipDef ContainmentOf(GraphSchema schema, LabelDef label) =>
        schema.Relationships.FirstOrDefault(r => r.From == label && r.To == label && r.OutgoingIsSingle)
        ?? throw PlanValidation.Invalid($"'within' does not apply to {label.Name}.");
}
