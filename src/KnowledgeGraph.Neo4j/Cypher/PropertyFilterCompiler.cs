using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// One property comparison as a two-valued Cypher predicate: every comparison is guarded by <c>IS NOT NULL</c>, so a
/// missing property makes it false (never null) and <c>NOT</c> stays plain negation. Text compares on its shadow.
/// </summary>
internal static class PropertyFilterCompiler
{
    public static string Compile(CompileContext context, PropertyFilter filter, string variable)
    {
        var property = filter.Property;
        var access = CypherNames.ComparableAccess(variable, property);
        var value = filter.Value;
        return filter.Operator switch
        {
            ComparisonOperator.Eq when value is null => $"{access} IS NULL",
            ComparisonOperator.Neq when value is null => $"{access} IS NOT NULL",
            _ when value is null => "false",
            ComparisonOperator.Eq => Guard(access, $"{access} = {Scalar(context, property, value)}"),
            ComparisonOperator.Neq => Guard(access, $"{access} <> {Scalar(context, property, value)}"),
            ComparisonOperator.In => Guard(access, $"{access} IN {List(context, property, value)}"),
            ComparisonOperator.Nin => Guard(access, $"NOT {access} IN {List(context, property, value)}"),
            ComparisonOperator.Contains => Guard(access, $"{access} CONTAINS {Scalar(context, property, value)}"),
            ComparisonOperator.StartsWith => Guard(access, $"{access} STARTS WITH {Scalar(context, property, value)}"),
            ComparisonOperator.EndsWith => Guard(access, $"{access} ENDS WITH {Scalar(context, property, value)}"),
            ComparisonOperator.Gt => Guard(access, $"{access} > {Scalar(context, property, value)}"),
            ComparisonOperator.Gte => Guard(access, $"{access} >= {Scalar(context, property, value)}"),
            ComparisonOperator.Lt => Guard(access, $"{access} < {Scalar(context, property, value)}"),
            ComparisonOperator.Lte => Guard(access, $"{access} <= {Scalar(context, property, value)}"),
            ComparisonOperator.Includes => Guard(access, $"{Scalar(context, property, value)} IN {access}"),
            ComparisonOperator.IncludesAny => IncludesAny(context, property, access, value),
            ComparisonOperator.IncludesAll => IncludesAll(context, property, access, value),
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Operator, "Unknown comparison operator."),
        };
    }

    private static string IncludesAny(CompileContext context, PropertyDef property, string access, object value)
    {
        var element = context.Variable("e");
        return Guard(access, $"any({element} IN {access} WHERE {element} IN {List(context, property, value)})");
    }

    private static string IncludesAll(CompileContext context, PropertyDef property, string access, object value)
    {
        var element = context.Variable("e");
        return Guard(access, $"all({element} IN {List(context, property, value)} WHERE {element} IN {access})");
    }

    private static string Guard(string access, string comparison) => $"({access} IS NOT NULL AND {comparison})";

    private static string Scalar(CompileContext context, PropertyDef property, object value) =>
        context.Parameter(Comparable(property, value));

    // Nulls never match a present value, and a null inside an IN list would make the comparison null (three-valued).
    private static string List(CompileContext context, PropertyDef property, object value)
    {
        var items = value as IEnumerable<object?> ?? [value];
        return context.Parameter(items.Where(item => item is not null).Select(item => Comparable(property, item!)).ToList());
    }

    private static object Comparable(PropertyDef property, object value) =>
        property.IsText && value is string text ? TextNormalizer.Normalize(text) : value;
}
